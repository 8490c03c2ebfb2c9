/**
 * Offices: titles recognized before names, the forms that tie a title to a person (appositives, titles
 * joined by "and", a transcript's byline, envoys), and the judge of which country an office serves.
 */
package org.w3id.dmkg.extract.office;
