package org.w3id.dmkg.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** The small corpus the Spark tests run on: good articles of every format, and bad records of every kind. */
final class SparkInputs {
    static final Path SAMPLE = Path.of("data/articles/2025-03-01-xi-meets-shoigu.txt");

    private SparkInputs() {
    }

    /** A local Spark on two cores, on loopback, without its web UI. */
    static JavaSparkContext localContext() {
        return new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("dmkg-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    /** Text and HTML articles, an empty file, a binary one, and a file that is not an article; returns the directory. */
    static Path files(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("more"));
        Files.copy(SAMPLE, dir.resolve(SAMPLE.getFileName()));
        Files.writeString(dir.resolve("a.txt"), """
                url: https://example.org/news/putin-lula
                 date 2025-04-10 Putin meets Lula
                MOSCOW, April 10 (Xinhua) -- Russian President Vladimir Putin met with Brazilian President \
                Luiz Inacio Lula da Silva in Moscow on Thursday.
                Putin said the two countries would deepen their strategic partnership.
                """);
        Files.writeString(dir.resolve("more/b.html"), """
                <html><head><title>Modi holds talks with Albanese</title>
                <link rel="canonical" href="https://example.org/news/modi-albanese"></head>
                <body><article><p>NEW DELHI, May 2 (ANI): Indian Prime Minister Narendra Modi held talks with \
                Australian Prime Minister Anthony Albanese in New Delhi on Friday.</p></article></body></html>
                """);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(dir.resolve("notes.md"), "not an article: ignored, as in a directory walk");
        return dir;
    }

    /** A JSON Lines file with two articles, a malformed line and a blank one; returns the file. */
    static Path jsonLines(Path dir) throws IOException {
        Files.createDirectories(dir);
        String lines = """
                {"url": "https://example.org/news/wang-blinken", "title": "Wang Yi meets Blinken", "date": "2025-02-14", \
                "text": "MUNICH, Feb. 14 (Xinhua) -- Chinese Foreign Minister Wang Yi met with U.S. Secretary of State \
                Antony Blinken in Munich on Friday."}
                {"url": "https://example.org/news/broken", "text": "the line ends too soon
                
                {"url": "https://example.org/news/erdogan-orban", "date": "2025-03-03", "text": "ANKARA, March 3 (AA) -- \
                Turkish President Recep Tayyip Erdogan received Hungarian Prime Minister Viktor Orban in Ankara on Monday."}
                """;
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
