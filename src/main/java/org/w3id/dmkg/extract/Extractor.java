package org.w3id.dmkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.w3id.dmkg.extract.anniversary.AnniversaryExtractor;
import org.w3id.dmkg.extract.gazetteer.Gazetteer;
import org.w3id.dmkg.extract.gazetteer.GazetteerStage;
import org.w3id.dmkg.extract.meeting.MeetingExtractor;
import org.w3id.dmkg.extract.meeting.MeetingFact;
import org.w3id.dmkg.extract.meeting.MeetingJudge;
import org.w3id.dmkg.extract.meeting.SettingCandidate;
import org.w3id.dmkg.extract.meeting.SettingJudge;
import org.w3id.dmkg.extract.office.OfficeExtractor;
import org.w3id.dmkg.extract.office.OfficeHolding;
import org.w3id.dmkg.extract.office.TitleStage;
import org.w3id.dmkg.extract.person.PersonCandidate;
import org.w3id.dmkg.extract.person.PersonStage;
import org.w3id.dmkg.extract.statement.StatementExtractor;
import org.w3id.dmkg.nlp.Document;
import org.w3id.dmkg.nlp.NlpStages;
import org.w3id.dmkg.nlp.OpenNlpModels;
import org.w3id.dmkg.nlp.Pipeline;
import org.w3id.dmkg.nlp.Stage;
import org.w3id.dmkg.text.Dateline;
import org.w3id.dmkg.text.FoldedText;
import org.w3id.dmkg.text.SourceDocument;

/**
 * Text in, facts out: the OpenNLP stages, then the recognizers (gazetteer, titles, organizations,
 * people), then the extractors of offices, meetings, anniversaries and statements. Every stage reads the
 * article's text folded ({@link FoldedText}: composed, look-alike spaces and hyphens plain, invisible
 * marks removed), so that a name is found however it is encoded. Not thread-safe (it holds OpenNLP
 * taggers): use one per thread; the models and gazetteer are shared.
 */
public final class Extractor {
    private final Gazetteer gazetteer;
    private final Pipeline beforePersons;
    private final PersonStage persons;
    private final OfficeExtractor offices;
    private final MeetingExtractor meetings;
    private final AnniversaryExtractor anniversaries = new AnniversaryExtractor();
    private final StatementExtractor statements = new StatementExtractor();

    /** An extractor deciding with the models shipped with dmkg. */
    public Extractor(Gazetteer gazetteer, OpenNlpModels models) {
        this(gazetteer, models, Judges.bundled());
    }

    public Extractor(Gazetteer gazetteer, OpenNlpModels models, Judges judges) {
        this.gazetteer = gazetteer;
        this.meetings = new MeetingExtractor(new MeetingJudge(judges.meeting()), new SettingJudge(judges.setting()));
        this.offices = new OfficeExtractor(judges.office());
        List<Stage> stages = new ArrayList<>(NlpStages.create(models));
        stages.add(new GazetteerStage(gazetteer));
        stages.add(new TitleStage(gazetteer));
        stages.add(new GivenNameStage());
        stages.add(new FamilyNameStage());
        stages.add(new OrganizationStage(gazetteer));
        stages.add(new ShortNameStage(gazetteer));
        this.beforePersons = new Pipeline(stages);
        this.persons = new PersonStage(judges.person());
    }

    /**
     * An article folded and annotated as far as no model decides (sentences, tokens, tags, gazetteer, titles,
     * organizations): the same under any judges, so training and cross-validation prepare each article once and
     * judge it many times. Immutable; one prepared article may be judged on several threads.
     */
    public record Prepared(SourceDocument source, FoldedText text, Document document) {
    }

    /** The article folded and annotated up to the person judge. */
    public Prepared prepare(SourceDocument source) {
        FoldedText text = FoldedText.of(source.text());
        return new Prepared(source, text, beforePersons.apply(Document.of(withColonDateline(text.document(source)))));
    }

    /** The name-shaped runs of an article, before the person judge decides: what its training learns from. */
    public List<PersonCandidate> personCandidates(SourceDocument source) {
        return personCandidates(prepare(source));
    }

    /** {@link #personCandidates(SourceDocument)} of an article already prepared. */
    public List<PersonCandidate> personCandidates(Prepared article) {
        return persons.candidates(article.document());
    }

    /** The candidates of the meeting and office-country judges in an article: what their training learns from. */
    public DecisionCandidates decisionCandidates(SourceDocument source) {
        return decisionCandidates(prepare(source));
    }

    /** {@link #decisionCandidates(SourceDocument)} of an article already prepared. */
    public DecisionCandidates decisionCandidates(Prepared article) {
        ArticleContext ctx = context(article);
        java.util.Set<Integer> meetingSentences = meetings.sentences(ctx);
        return new DecisionCandidates(meetings.candidates(ctx, offices.extract(ctx, meetingSentences)),
                offices.countryCandidates(ctx, meetingSentences));
    }

    /** The meetings' open dates and places and the article's they might take: what the setting judge learns from. */
    public List<SettingCandidate> settingCandidates(SourceDocument source) {
        return settingCandidates(prepare(source));
    }

    /** {@link #settingCandidates(SourceDocument)} of an article already prepared. */
    public List<SettingCandidate> settingCandidates(Prepared article) {
        ArticleContext ctx = context(article);
        return meetings.settingCandidates(ctx, offices.extract(ctx, meetings.sentences(ctx)));
    }

    /** The offices an article states with their country beside the title, before any country is inferred. */
    public List<OfficeHolding> statedOffices(SourceDocument source) {
        return offices.stated(context(prepare(source))).stream().filter(h -> h.country() != null).toList();
    }

    /** The context of a prepared article once the person judge has decided. */
    private ArticleContext context(Prepared article) {
        Document d = persons.apply(article.document());
        return ArticleContext.of(d, gazetteer, persons.credits(d));
    }

    /** "NEW DELHI: ...": a place and a colon open the story, which the text alone cannot tell from a speaker's label. */
    private SourceDocument withColonDateline(SourceDocument d) {
        if (d.dateline() != null) {
            return d;
        }
        Dateline colon = Dateline.placeBeforeColon(d.text());
        if (colon == null || ArticleContext.placeNamed(gazetteer, colon.place()) == null) {
            return d;
        }
        return new SourceDocument(d.origin(), d.url(), d.headline(), d.published(), colon, d.publisher(), d.text());
    }

    /** The annotated document, its offsets into the folded text, for inspection and tests. */
    public Document annotate(SourceDocument source) {
        return persons.apply(prepare(source).document());
    }

    /** The facts of an article; their spans are into the folded text, {@link ArticleFacts#inSource} maps them back. */
    public ArticleFacts extract(SourceDocument source) {
        return extract(prepare(source));
    }

    /** {@link #extract(SourceDocument)} of an article already prepared. */
    public ArticleFacts extract(Prepared article) {
        ArticleContext ctx = context(article);
        List<OfficeHolding> office = offices.extract(ctx, meetings.sentences(ctx));
        List<MeetingFact> meeting = meetings.extract(ctx, office);
        return new ArticleFacts(article.source(), article.text(), ctx.people().persons(), EntityCollector.collect(ctx),
                EntityCollector.sources(ctx), meeting, office,
                anniversaries.extract(ctx), statements.extract(ctx, meeting));
    }
}
