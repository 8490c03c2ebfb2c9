/**
 * Known names: the gazetteer of countries, places, organizations and offices, its entries, and the stage
 * that marks the names it knows in an article.
 */
package org.w3id.dmkg.extract.gazetteer;
