/**
 * Statements: who said what, from a speech verb and its subject, tied to the article's meeting when the
 * speaker took part in it.
 */
package org.w3id.dmkg.extract.statement;
