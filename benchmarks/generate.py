"""A synthetic corpus of N realistic articles in English and Russian, the same bytes for the same N and seed.

    python benchmarks/generate.py N FOLDER [--seed S]

Article i recombines real text of one language from the test articles
(tests/data/articles, holdout, dev-other and seeds/): a real headline, a date
line, four to six real paragraphs. About a third are Russian, as among the
test articles. Each article depends on the seed and its own number only, so a
corpus of N is the first N of a larger one, and article N + k makes a new
document or a changed version of one for the incremental benchmarks.
"""
from __future__ import annotations

import argparse
import datetime
import random
from functools import cache
from pathlib import Path

from claimsgraph.ingest import detect_language, find_date

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "tests" / "data" / "articles", ROOT / "tests" / "data" / "holdout",
           ROOT / "tests" / "data" / "dev-other", ROOT / "seeds"]
RUSSIAN_SHARE = 1 / 3
FIRST_DAY, DAYS = datetime.date(2020, 1, 1), 4 * 365
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря"]}


@cache
def material() -> dict[str, tuple[list[str], list[str]]]:
    """Per language: the sources' headlines (a short first line not ending in "." or ":" that is no page's
    date line, "2031-3-3 14:09 |") and their paragraphs of more than 80 characters (no date lines)."""
    out: dict[str, tuple[list[str], list[str]]] = {"en": ([], []), "ru": ([], [])}
    for path in sorted(p for folder in SOURCES for p in folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines() if line.strip()]   # a line is a paragraph
        headlines, paragraphs = out[detect_language(text)]
        if len(lines[0].split()) <= 25 and not lines[0].endswith((".", ":")) and find_date(lines[0]) is None:
            headlines.append(lines.pop(0))
        paragraphs += [line for line in lines if len(line) > 80 and line not in headlines]
    return out


def article(i: int, seed: int = 0) -> tuple[str, str]:
    """Article ``i``'s file name and text."""
    rnd = random.Random(f"{seed}:{i}")
    lang = "ru" if rnd.random() < RUSSIAN_SHARE else "en"
    headlines, paragraphs = material()[lang]
    day = FIRST_DAY + datetime.timedelta(days=rnd.randrange(DAYS))
    date = f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}" + (" года" if lang == "ru" else "")
    body = rnd.sample(paragraphs, rnd.randint(4, 6))
    return f"a{i:06d}_{lang}.txt", "\n\n".join([rnd.choice(headlines), date, *body]) + "\n"


def write_article(folder: Path, i: int, seed: int = 0, name: str | None = None) -> Path:
    """Write article ``i`` into ``folder``, under its own name or ``name`` (to change an existing file)."""
    own, text = article(i, seed)
    path = folder / (name or own)
    path.write_bytes(text.encode("utf-8"))
    return path


def write_corpus(n: int, folder: Path, seed: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_article(folder, i, seed) for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = write_corpus(args.n, args.folder, args.seed)
    print(f"{len(paths)} articles in {args.folder}")


if __name__ == "__main__":
    main()
