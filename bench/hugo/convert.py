#!/usr/bin/env python3
"""Converts a folder of raw news articles (the newsarchive input) into a Hugo site, for the side-by-side benchmark.

    python3 bench/hugo/convert.py INPUT_DIR SITE_DIR [--page-size 50] [--title TEXT]

Each ``.txt`` file under INPUT_DIR becomes ``SITE_DIR/content/articles/<id>.md``: JSON front matter (Hugo reads
front matter that is a JSON object) with

  title   the first non-empty line,
  date    the first "Month D, YYYY" style date in the first lines ("March 3, 2022", "Mar. 3, 2022 11:45 AM",
          "3 March 2022"), when one can be read; the article is undated otherwise,
  outlets the outlet (a taxonomy), named after the folder the file sits in ("associated-press" -> "Associated
          Press"); files at the top level get "Unknown outlet",

and the remaining lines as Markdown paragraphs. The script also writes the configuration and a minimal theme (in
``layouts/``): a paginated home page listing every article, newest first; a paginated list page per outlet and a
list of outlets; one page per article; a 404 page. RSS, sitemap and robots.txt are turned off, since the
newsarchive build writes none of them.

Python standard library only. The output depends only on the input (files are processed in sorted order).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import time

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "March 3, 2022", "Mar. 3 2022", "Monday, March 3, 2022 11:45"
DATE_MDY = re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
                      re.IGNORECASE)
# "3 March 2022", "03 Mar, 2022"
DATE_DMY = re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
DATE_LINES = 15  # a date line is looked for among the first lines only
MD_BLOCK_START = re.compile(r"^(\s*)([#>*+\-=_|`~]|\d+[.)])")


def read_text(path: str) -> str | None:
    """The file as text: UTF-8 (BOM dropped), UTF-16 with BOM, else Latin-1. None for a binary file."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        return None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def find_date(lines: list[str]) -> str | None:
    for line in lines[:DATE_LINES]:
        m = DATE_MDY.search(line) or DATE_DMY.search(line)
        if not m:
            continue
        month = MONTHS[m.group("month").lower()]
        day, year = int(m.group("day")), int(m.group("year"))
        if 1 <= day <= 31:
            try:
                time.strptime(f"{year}-{month}-{day}", "%Y-%m-%d")  # rejects February 30
            except ValueError:
                continue
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def outlet_name(folder: str) -> str:
    if not folder:
        return "Unknown outlet"
    return " ".join(w[:1].upper() + w[1:] for w in re.split(r"[-_\s]+", folder) if w) or "Unknown outlet"


def markdown_paragraphs(lines: list[str]) -> str:
    """Lines as paragraphs; a line that Markdown would read as a heading, list, quote or rule is escaped, and
    HTML-looking text is escaped so the raw copy never becomes markup."""
    out = []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        line = line.replace("\\", "\\\\").replace("<", "&lt;").replace("{{", "{ {")
        line = MD_BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), line)
        out.append(line)
    return "\n\n".join(out) + "\n"


def article_id(rel: str) -> str:
    stem = rel[:-4] if rel.lower().endswith(".txt") else rel
    return re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-") or "article"


CONFIG = """\
baseURL = "/"
languageCode = "en"
title = {title}
disableKinds = ["RSS", "sitemap", "robotsTXT", "section"]
paginate = {page_size}
relativeURLs = true
uglyURLs = false
enableRobotsTXT = false

[taxonomies]
  outlet = "outlets"

[markup.goldmark.renderer]
  unsafe = false
"""

BASEOF = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ site.Title }}{{ else }}{{ .Title }} · {{ site.Title }}{{ end }}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}
.meta{color:#555;font-size:.9rem}nav.pager a{margin-right:1rem}</style>
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> · <a href="{{ "/outlets/" | relURL }}">Outlets</a></header>
<main>
{{ block "main" . }}{{ end }}
</main>
</body>
</html>
"""

LIST_ITEMS = """\
<ol class="stories">
{{ range .Paginator.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<span class="meta">{{ with .Params.outlets }}{{ index . 0 }}{{ end }}{{ if not .Date.IsZero }} · {{ .Date.Format "2 January 2006" }}{{ end }}</span></li>
{{ end }}
</ol>
<nav class="pager">
{{ with .Paginator }}{{ if .HasPrev }}<a href="{{ .Prev.URL }}">Newer</a>{{ end }}
<span>Page {{ .PageNumber }} of {{ .TotalPages }}</span>
{{ if .HasNext }}<a href="{{ .Next.URL }}">Older</a>{{ end }}{{ end }}
</nav>
"""

INDEX = """\
{{ define "main" }}
<h1>{{ site.Title }}</h1>
<p>{{ len site.RegularPages }} articles.</p>
{{ $p := .Paginate site.RegularPages.ByDate.Reverse }}
{{ partial "items.html" . }}
{{ end }}
"""

TERM = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<p>{{ len .Pages }} articles.</p>
{{ $p := .Paginate .Pages.ByDate.Reverse }}
{{ partial "items.html" . }}
{{ end }}
"""

TERMS = """\
{{ define "main" }}
<h1>Outlets</h1>
<ul>
{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}
</ul>
{{ end }}
"""

SINGLE = """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p class="meta">{{ range .GetTerms "outlets" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }}{{ if not .Date.IsZero }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ end }}</p>
{{ .Content }}
</article>
{{ end }}
"""

NOT_FOUND = """\
{{ define "main" }}<h1>Page not found</h1><p><a href="{{ "/" | relURL }}">Home</a></p>{{ end }}
"""


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def convert(input_dir: str, site_dir: str, page_size: int, title: str) -> tuple[int, int, int]:
    content = os.path.join(site_dir, "content", "articles")
    for sub in ("content", "layouts", "public", "resources"):
        shutil.rmtree(os.path.join(site_dir, sub), ignore_errors=True)
    os.makedirs(content, exist_ok=True)
    write(os.path.join(site_dir, "hugo.toml"), CONFIG.format(title=json.dumps(title), page_size=page_size))
    layouts = os.path.join(site_dir, "layouts")
    write(os.path.join(layouts, "_default", "baseof.html"), BASEOF)
    write(os.path.join(layouts, "partials", "items.html"), LIST_ITEMS)
    write(os.path.join(layouts, "index.html"), INDEX)
    write(os.path.join(layouts, "_default", "list.html"), TERM)
    write(os.path.join(layouts, "_default", "term.html"), TERM)
    write(os.path.join(layouts, "_default", "terms.html"), TERMS)
    write(os.path.join(layouts, "_default", "single.html"), SINGLE)
    write(os.path.join(layouts, "404.html"), NOT_FOUND)

    sources = []
    for dirpath, dirnames, filenames in os.walk(input_dir):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if name.lower().endswith(".txt") and not name.startswith("."):
                sources.append(os.path.relpath(os.path.join(dirpath, name), input_dir))
    sources.sort()
    converted = skipped = dated = 0
    seen: set[str] = set()
    for rel in sources:
        text = read_text(os.path.join(input_dir, rel))
        lines = text.split("\n") if text is not None else []
        first = next((i for i, l in enumerate(lines) if l.strip()), None)
        if first is None:
            skipped += 1
            continue
        title_line = " ".join(lines[first].split())
        date = find_date(lines[first:])
        folder = os.path.dirname(rel).replace(os.sep, "/")
        front = {"title": title_line, "outlets": [outlet_name(folder.split("/")[-1] if folder else "")],
                 "source": rel.replace(os.sep, "/")}
        if date:
            front["date"] = date
            dated += 1
        aid = article_id(rel.replace(os.sep, "/"))
        while aid in seen:
            aid += "-x"
        seen.add(aid)
        body = markdown_paragraphs(lines[first + 1:])
        write(os.path.join(content, aid + ".md"), json.dumps(front, ensure_ascii=False, indent=1) + "\n\n" + body)
        converted += 1
    return converted, skipped, dated


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="Raw news articles -> Hugo site (for the benchmark).")
    ap.add_argument("input_dir")
    ap.add_argument("site_dir")
    ap.add_argument("--page-size", type=int, default=50)
    ap.add_argument("--title", default="News archive")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.input_dir):
        print(f"convert.py: no such folder: {args.input_dir}", file=sys.stderr)
        return 3
    t0 = time.monotonic()
    converted, skipped, dated = convert(args.input_dir, args.site_dir, args.page_size, args.title)
    print(f"converted {converted} articles ({dated} dated, {skipped} skipped) to {args.site_dir} "
          f"in {time.monotonic() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
