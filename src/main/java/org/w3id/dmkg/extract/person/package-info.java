/**
 * Names and people: the name-shaped runs of an article, the person judge's evidence and decision, the
 * credits that name an article's makers rather than its subjects, and the grouping of mentions into people.
 */
package org.w3id.dmkg.extract.person;
