/**
 * Facts from an annotated article: {@link org.w3id.dmkg.extract.Extractor} runs the recognizers and
 * extractors of the sub-packages and gathers their facts into {@link org.w3id.dmkg.extract.ArticleFacts}.
 * This package also holds what they share: the article's context, spans, token windows, the mention
 * index, name keys, word lists, the bundled judges and the entities an article names.
 *
 * <p>Among the sub-packages the arrows run one way: {@code gazetteer} and {@code person} use only this
 * package; {@code office} uses them; {@code meeting} uses {@code office} and {@code gazetteer};
 * {@code statement} uses {@code meeting}; {@code anniversary} uses only this package.
 */
package org.w3id.dmkg.extract;
