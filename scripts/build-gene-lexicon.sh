#!/usr/bin/env bash
# Builds extract's human gene lexicon (genes.tsv.gz) from Debian's r-bioc-org.hs.eg.db: NCBI Gene's protein-coding
# human genes with their official (HGNC) symbol, gene id, full name and aliases. The output is byte-for-byte the same
# for the same package version, so a rebuild shows up in git only when the source changed.
# Usage: scripts/build-gene-lexicon.sh [DEBIAN_VERSION]   (needs apt-get, dpkg-deb, python3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${1:-3.16.0-1}"
out="$here/../extract/src/main/resources/org/oncocurate/extract/gene/genes.tsv.gz"
mkdir -p "$(dirname "$out")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download "r-bioc-org.hs.eg.db=$version" >/dev/null)
dpkg-deb -x "$work"/r-bioc-org.hs.eg.db_*.deb "$work/pkg"
db="$(find "$work/pkg" -name org.Hs.eg.sqlite -print -quit)"
[ -n "$db" ] || { echo "build-gene-lexicon: no org.Hs.eg.sqlite in the package" >&2; exit 1; }

python3 - "$db" "$version" <<'PY' | gzip -n -9 > "$out"
import sqlite3, sys

db, version = sys.argv[1], sys.argv[2]
con = sqlite3.connect(db)
source_date = dict(con.execute("select name, value from metadata")).get("EGSOURCEDATE", "unknown")
genes = con.execute("""
    select g._id, g.gene_id, i.symbol, i.gene_name
    from genes g join gene_info i on i._id = g._id join genetype t on t._id = g._id
    where t.gene_type = 'protein-coding'""").fetchall()
aliases = {}
for row_id, alias in con.execute("select _id, alias_symbol from alias"):
    aliases.setdefault(row_id, set()).add(alias)

def clean(text):
    return " ".join(text.replace("\t", " ").split())

print("# Human protein-coding genes from NCBI Gene, via Debian's r-bioc-org.hs.eg.db; built by scripts/build-gene-lexicon.sh.")
print(f"# version: org.Hs.eg.db {version} (Entrez Gene {source_date})")
print("# symbol\tncbi_gene_id\tname\taliases")
for row_id, gene_id, symbol, name in sorted(genes, key=lambda g: int(g[1])):
    others = sorted(clean(a) for a in aliases.get(row_id, ()) if clean(a) and clean(a) != symbol and "|" not in a)
    print(f"{symbol}\t{gene_id}\t{clean(name)}\t{'|'.join(others)}")
PY
echo "wrote $out ($(zcat "$out" | grep -vc '^#') genes)" >&2
