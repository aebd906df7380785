package org.oncocurate.extract.drug;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a DrugBank open vocabulary CSV (columns "DrugBank ID", "Common name", "Synonyms" with synonyms separated by
 * " | ") that a user points the product at. DrugBank lists every substance, water and glucose included, so only
 * entries that read as drugs are kept: a name with a WHO INN stem ({@link InnStems}: -mab, -tinib, -ciclib, -platin,
 * -rubicin ...) or a development code (letters then digits); synonyms shorter than five characters are dropped as too
 * ambiguous. The project ships such a selection already ({@code scripts/build-drugbank-lexicon.sh}).
 */
public final class DrugBankVocabulary {
    private static final InnStems STEMS = InnStems.load();
    private static final Pattern CODE = Pattern.compile("[A-Z]{1,6}[- ]?\\d{3,7}[A-Za-z]?");
    private static final int MIN_SYNONYM = 5;

    /** One drug: its name (lower-cased common name) and the synonyms kept. */
    public record Entry(String drugBankId, String name, List<String> synonyms) {
        public Entry {
            synonyms = List.copyOf(synonyms);
        }
    }

    /** The entries read, and the version to record (the file's name and size). */
    public record Vocabulary(List<Entry> entries, String version) {
        public Vocabulary {
            entries = List.copyOf(entries);
        }
    }

    private DrugBankVocabulary() {
    }

    public static Vocabulary read(Path csv) {
        if (!Files.isRegularFile(csv)) {
            throw new IllegalArgumentException("DrugBank vocabulary " + csv + " is not a readable file");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Entry> entries = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVParser parser = format.parse(reader);
            Set<String> header = parser.getHeaderMap().keySet();
            if (!header.contains("DrugBank ID") || !header.contains("Common name") || !header.contains("Synonyms")) {
                throw new IllegalArgumentException("DrugBank vocabulary " + csv
                        + " lacks the columns 'DrugBank ID', 'Common name' and 'Synonyms'; it has " + header);
            }
            for (CSVRecord record : parser) {
                Entry entry = entry(record.get("DrugBank ID"), record.get("Common name"), record.get("Synonyms"));
                if (entry != null) {
                    entries.add(entry);
                }
            }
            return new Vocabulary(entries, "DrugBank open vocabulary " + csv.getFileName() + " (" + Files.size(csv)
                    + " bytes, " + entries.size() + " drugs kept)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DrugBank vocabulary " + csv, e);
        }
    }

    static Entry entry(String id, String commonName, String synonymField) {
        String name = commonName.strip();
        if (!readsAsDrug(name)) {
            return null;
        }
        List<String> synonyms = new ArrayList<>();
        for (String synonym : synonymField.split(" \\| ")) {
            String text = synonym.strip();
            if (text.length() >= MIN_SYNONYM && !text.equalsIgnoreCase(name)
                    && (readsAsDrug(text) || text.chars().allMatch(c -> Character.isLetter(c) || c == ' '))) {
                synonyms.add(text);
            }
        }
        return new Entry(id.strip(), CODE.matcher(name).matches() ? name : name.toLowerCase(Locale.ROOT), synonyms);
    }

    static boolean readsAsDrug(String name) {
        return (name.indexOf(' ') < 0 && STEMS.stemOf(name) != null) || CODE.matcher(name).matches();
    }
}
