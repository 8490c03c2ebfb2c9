/**
 * Meetings: trigger words, the parties on their two sides, the meeting judge, the date and place of each
 * meeting (resolved against the article's date, weighed by the setting judge), and the merging of a
 * meeting told more than once.
 */
package org.w3id.dmkg.extract.meeting;
