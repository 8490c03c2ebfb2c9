/**
 * Anniversaries: "the 80th anniversary of ...", ordinal words, jubilees and "75 years of diplomatic
 * relations", each with the year of its event, and the events listed under one plural head.
 */
package org.w3id.dmkg.extract.anniversary;
