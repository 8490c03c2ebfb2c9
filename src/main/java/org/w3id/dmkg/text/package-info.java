/**
 * Reading articles: the first stage of dmkg, turning files, directories and standard input into
 * {@link org.w3id.dmkg.text.SourceDocument} records.
 *
 * <p>{@link org.w3id.dmkg.text.ArticleSource} is the entry point: it walks the inputs, checks and
 * decodes each one, and hands articles over one at a time, reporting
 * {@link org.w3id.dmkg.text.InputProblem}s without stopping. The format readers
 * ({@link org.w3id.dmkg.text.TextArticleParser}, {@link org.w3id.dmkg.text.HtmlArticleReader},
 * {@link org.w3id.dmkg.text.JsonlArticleReader}) can also be called directly on content already in
 * memory. All of them find the dateline and, failing metadata, the publication time stamp the same way.
 * {@link org.w3id.dmkg.text.FoldedText} gives the text as the extractors read it, look-alike characters
 * folded, with the offsets of the two texts mapped both ways.
 *
 * <p>This package depends only on the JDK, jsoup and jackson-core.
 */
package org.w3id.dmkg.text;
