"""Writes N news-length JSONL articles for the scale benchmarks, from the project's own test
articles (every `tests/*/articles/*.txt`, about 3 KB each: real news length, where the
generated articles of `test_local.py` are 420 bytes), taken in turn. Each copy ends with a
line naming its number, so every article's text, and so its identity in a store, differs.
An article carries its publication date when the set states it (a `date:` header line, or
the `published` field of the set's `gold/articles.jsonl`), as feeds and archives give it;
the others are dated from their text, as undated articles are.
Generated in a scratch folder, never committed.

    python dist/spark/news_sample.py 20000 > /tmp/news.jsonl
"""

from __future__ import annotations

import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        print("usage: news_sample.py N", file=sys.stderr)
        return 2
    n = int(sys.argv[1])
    paths = sorted(glob.glob(os.path.join(ROOT, "tests", "*", "articles", "*.txt")))
    if not paths:
        print(f"no articles under {ROOT}/tests/*/articles", file=sys.stderr)
        return 1
    published: dict[str, str] = {}
    for g in glob.glob(os.path.join(ROOT, "tests", "*", "gold", "articles.jsonl")):
        with open(g, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line) if line.strip() else {}
                if isinstance(rec.get("published"), str) and isinstance(rec.get("article"), str):
                    published[rec["article"]] = rec["published"]
    texts = []
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as f:
            text = f.read()
        name = os.path.basename(p)
        date = published.get(name)
        first, _, rest = text.partition("\n")
        if first.startswith("date: "):
            date, text = first[len("date: "):].strip(), rest.lstrip("\n")
        texts.append((name, date, text))
    out = sys.stdout
    for i in range(n):
        name, date, text = texts[i % len(texts)]
        rec = {"id": f"news-{i}", "title": name, "text": f"{text.rstrip()}\n\n(Archive copy {i}.)\n"}
        if date and len(date) == 10:
            rec["date"] = date
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
