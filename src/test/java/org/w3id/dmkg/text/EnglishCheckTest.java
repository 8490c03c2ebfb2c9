package org.w3id.dmkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Articles in other languages are skipped with a one-line reason; every English article of the project passes. */
class EnglishCheckTest {
    static final String FRENCH = "PARIS, 3 mars (AFP) -- Le président français Emmanuel Macron a rencontré lundi "
            + "à l'Élysée le chancelier allemand Olaf Scholz pour discuter de la guerre en Ukraine et de l'avenir de "
            + "l'Union européenne. Les deux dirigeants ont souligné l'importance de la coopération franco-allemande "
            + "et ont appelé à un renforcement de la défense européenne. Selon un communiqué publié à l'issue de la "
            + "rencontre, ils sont convenus de se revoir prochainement à Berlin.";
    static final String GERMAN = "BERLIN, 3. März (dpa) - Bundeskanzler Olaf Scholz hat am Montag in Berlin den "
            + "französischen Präsidenten Emmanuel Macron empfangen. Die beiden Politiker sprachen über den Krieg in "
            + "der Ukraine und die Zukunft der Europäischen Union. Nach dem Treffen sagte Scholz, die "
            + "deutsch-französische Zusammenarbeit sei wichtiger denn je. Macron betonte, Europa müsse seine "
            + "Verteidigung stärken.";
    static final String RUSSIAN = "МОСКВА, 28 февраля /ТАСС/. Председатель КНР Си Цзиньпин провел в Пекине встречу "
            + "с секретарем Совета безопасности России Сергеем Шойгу. Стороны обсудили вопросы сотрудничества.";
    static final String CHINESE = "新华社北京2月28日电 国家主席习近平28日在北京人民大会堂会见俄罗斯联邦安全会议秘书绍伊古。"
            + "习近平请绍伊古转达对普京总统的亲切问候。";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {FRENCH, GERMAN, RUSSIAN, CHINESE})
    void otherLanguagesAreNotEnglish(String text) {
        String reason = EnglishCheck.reason(text);
        assertTrue(reason != null && reason.startsWith("not English"), text + " -> " + reason);
    }

    @Test
    void shortTextsAreNotJudged() {
        assertNull(EnglishCheck.reason("Good article."));
        assertNull(EnglishCheck.reason("Xi Jinping Sergei Shoigu Beijing"));
    }

    @Test
    void theSampleAndTheDevelopmentCorpusAreEnglish() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("data/articles/2025-03-01-xi-meets-shoigu.txt")));
        Path dev = Path.of("../shared/corpus/dev");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> s = Files.list(dev)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        for (Path f : files) {
            assertNull(EnglishCheck.reason(Files.readString(f)), f.toString());
        }
    }

    @Test
    void aFrenchArticleIsSkippedAndTheOthersRead() throws IOException {
        Path fr = Files.writeString(dir.resolve("fr.txt"), FRENCH);
        Path jsonl = Files.writeString(dir.resolve("mixed.jsonl"),
                "{\"text\": \"" + GERMAN + "\"}\n{\"text\": \"Good article.\"}\n");
        List<SourceDocument> docs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleSource(new ByteArrayInputStream(new byte[0])).read(List.of(fr.toString(), jsonl.toString()),
                docs::add, problems::add);
        assertEquals(List.of(jsonl + ":2"), docs.stream().map(SourceDocument::origin).toList());
        assertEquals(List.of(fr.toString(), jsonl + ":1"), problems.stream().map(InputProblem::origin).toList());
        assertTrue(problems.stream().allMatch(p -> p.fatal() && p.message().startsWith("not English")),
                problems.toString());
        assertEquals(fr + ": not English (0% common English words), skipped", problems.get(0).toString());
    }

    /** A report of figures: a paragraph of prose, then tables of places, dates and counts. */
    static String tables(String prose, String place, String month, String unit) {
        StringBuilder t = new StringBuilder(prose).append("\n\n");
        for (int row = 0; row < 12; row++) {
            t.append(place).append(' ').append(row + 1).append(' ').append(40 + row).append(' ').append(unit)
                    .append(' ').append(month).append(". ").append(row + 2).append(' ').append(month).append(". ")
                    .append(row + 9).append(" 1").append(row).append(".4 ").append(month).append(". 3").append('\n');
        }
        return t.toString();
    }

    @Test
    void anEnglishReportMadeOfNumbersIsEnglish() {
        String report = tables("How many flights were late this summer? The figures below count the delayed "
                + "departures at each airport, day by day, from the records of the transport ministry.",
                "Denver", "Aug", "flights");
        assertNull(EnglishCheck.reason(report), report);
    }

    @Test
    void aForeignReportMadeOfNumbersIsStillForeign() {
        String bericht = tables("Wie viele Flüge waren in diesem Sommer verspätet? Die Zahlen zeigen die "
                + "verspäteten Abflüge jedes Flughafens, Tag für Tag, nach den Angaben des Verkehrsministeriums, "
                + "die am Montag veröffentlicht wurden und über die Zeitungen bereits berichtet haben. Die "
                + "Fluggesellschaften nannten das Wetter, fehlendes Personal und die vollen Flughäfen als Gründe.",
                "München", "Aug", "Flüge");
        String reason = EnglishCheck.reason(bericht);
        assertTrue(reason != null && reason.startsWith("not English"), reason);
    }
}
