#!/usr/bin/env bash
# Builds extract's DrugBank drug lexicon (drugbank.tsv.gz) from the DrugBank open vocabulary CSV (CC0; columns
# "DrugBank ID", "Common name", "Synonyms" with synonyms separated by " | "), as downloaded from DrugBank.
# DrugBank lists every substance, water, oxygen, amino acids and proteins included, so an entry is kept only when its
# common name (or, when that is a protein's name, one of its synonyms) reads as a medicine: it carries a WHO INN stem (inn-stems.tsv, the same list the drug finder reads
# unknown words with), a biological's INN second word ("epoetin alfa", "... vedotin"), or it is a radiopharmaceutical
# or a development code. Names are dropped when they are a human gene or protein name (genes.tsv.gz,
# protein-names.tsv, gene-families.tsv: "erythropoietin" is EPO), shorter than five characters, chemical names
# (brackets, commas, locants) or longer than four words. An entry whose common name is a protein takes a kept INN
# synonym as its name ("Erythropoietin" -> "epoetin alfa"). The output is the same for the same CSV.
# Usage: scripts/build-drugbank-lexicon.sh PATH/TO/drugbank_vocabulary.csv   (needs python3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
csv="${1:?usage: build-drugbank-lexicon.sh DRUGBANK_VOCABULARY.csv}"
resources="$here/../extract/src/main/resources/org/oncocurate/extract"
out="$resources/drug/drugbank.tsv.gz"

python3 - "$csv" "$resources" <<'PY' | gzip -n -9 > "$out"
import csv, gzip, hashlib, os, re, sys

path, resources = sys.argv[1], sys.argv[2]
digest = hashlib.sha256(open(path, "rb").read()).hexdigest()[:12]

def rows(name, opener=open):
    with opener(os.path.join(resources, name), "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")

stems = [row[0].strip().lower() for row in rows("drug/inn-stems.tsv")]
stem_pattern = re.compile("(?:" + "|".join(re.escape(s) for s in sorted(stems, key=len, reverse=True)) + ")$")
biological = re.compile(r"^[a-z][a-z-]{3,} (?:alfa|beta|gamma|delta|pegol|vedotin|mafodotin|deruxtecan|govitecan|"
                        r"emtansine|ozogamicin|tesirine|tirumotecan|autoleucel|vicleucel|maraleucel|ciloleucel|"
                        r"lisocabtagene|alfa-\w+|beta-\w+)(?: [a-z0-9-]+)?$")
radiopharmaceutical = re.compile(r"^(?:radium|lutetium|iodine|yttrium|samarium|strontium|actinium|thorium|"
                                 r"gallium|technetium|fluorine|copper|zirconium) [a-z]{1,2}[ -]?\d{2,3}\b.*$")
code = re.compile(r"^[A-Z]{2,6}[- ]?\d{3,7}[A-Za-z]?$")
word_like = re.compile(r"^[A-Za-z][A-Za-z0-9' -]*[A-Za-z0-9]$")

gene_names = set()
for row in rows("gene/genes.tsv.gz", gzip.open):
    gene_names.add(row[0].lower())
    if len(row) > 2 and row[2]:
        gene_names.add(row[2].lower())
    for alias in (row[3].split("|") if len(row) > 3 else []):
        if alias:
            gene_names.add(alias.lower())
for row in rows("gene/protein-names.tsv"):
    gene_names.update(n.strip().lstrip("=").lower() for n in row[1].split("|") if n.strip())
for row in rows("gene/gene-families.tsv"):
    gene_names.update(n.strip().lstrip("=").lower() for n in (row[2] if len(row) > 2 else "").split("|") if n.strip())

def reads_as_drug(name):
    lower = name.lower()
    if code.match(name):
        return True
    if biological.match(lower) or radiopharmaceutical.match(lower):
        return True
    found = stem_pattern.search(lower)
    return bool(found) and " " not in lower and len(lower) >= len(found.group(0)) + 3

def usable(name):
    lower = name.lower()
    return (len(name) >= 5 and len(name.split()) <= 4 and word_like.match(name) is not None
            and lower not in gene_names)

print("# Drugs from the DrugBank open vocabulary (CC0), filtered to names that read as medicines; built by")
print("# scripts/build-drugbank-lexicon.sh. Columns: name (lower case; development codes as written), DrugBank id,")
print("# synonyms (|-separated).")
print(f"# version: drugbank-open-vocabulary {os.path.basename(path)} sha256:{digest} (filter drugbank-filter-2)")
with open(path, encoding="utf-8", newline="") as f:
    for record in csv.DictReader(f):
        common = record["Common name"].strip()
        names = [common] + [s.strip() for s in record["Synonyms"].split(" | ") if s.strip()]
        kept = []
        for name in names:
            if usable(name) and name.lower() not in (k.lower() for k in kept):
                kept.append(name)
        if usable(common):
            if not reads_as_drug(common):
                continue
            main = common
        else:
            main = next((n for n in kept if reads_as_drug(n)), None)
            if main is None:
                continue
        normalized = main if code.match(main) else main.lower()
        synonyms = [n for n in kept if n.lower() != main.lower()]
        print(f"{normalized}\t{record['DrugBank ID'].strip()}\t{'|'.join(synonyms)}")
PY
echo "wrote $out ($(zcat "$out" | grep -vc '^#') drugs)" >&2
