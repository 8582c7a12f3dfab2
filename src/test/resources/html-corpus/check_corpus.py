#!/usr/bin/env python3
"""Sanity check for the html-corpus fixtures (standard library only).

For every NAME.html / NAME.expected.json pair: the page parses with html.parser and its tags balance; the
expected file has exactly the documented keys with the right types; every word of every expected body string,
the headline and the related headlines occurs in the page's visible text (script/style content excluded), and
every body string occurs there as a whole after whitespace collapsing. Prints counts at the end.

    python3 check_corpus.py [corpus-dir]
"""
import glob
import json
import os
import re
import sys
from html.parser import HTMLParser
from urllib.parse import urlparse

KEYS = {"outlet", "headline", "date", "byline", "url", "body", "related"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
HIDDEN = {"script", "style", "template"}
# elements whose end tag may be omitted (the parser closes them implicitly)
OPTIONAL_END = {"p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody"}
BLOCK = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
         "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "section", "table",
         "td", "th", "tr", "ul", "title", "time", "button", "label", "option"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$")


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.hidden, self.chunks, self.problems = [], 0, [], []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.chunks.append(" ")
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag in HIDDEN:
            self.hidden += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.chunks.append(" ")
        if tag not in VOID and "svg" not in self.stack:  # self-closing is legal in SVG
            self.problems.append("self-closed <%s/>" % tag)

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.chunks.append(" ")
        if tag in VOID:
            return
        if tag not in self.stack:
            self.problems.append("stray </%s>" % tag)
            return
        while self.stack:
            top = self.stack.pop()
            if top in HIDDEN:
                self.hidden -= 1
            if top == tag:
                break
            if top not in OPTIONAL_END:
                self.problems.append("<%s> closed by </%s>" % (top, tag))

    def handle_data(self, data):
        if not self.hidden:
            self.chunks.append(data)

    def text(self):
        return re.sub(r"\s+", " ", "".join(self.chunks).replace("\xa0", " ")).strip()


def words(s):
    return re.findall(r"\w+", s.lower())


def main(root):
    pages = sorted(glob.glob(os.path.join(root, "*.html")))
    errors, warnings = [], []
    stats = {"pages": 0, "paragraphs": 0, "crossheads": 0, "quotes": 0, "list items": 0, "related": 0,
             "no date": 0, "date only": 0, "no byline": 0, "no url": 0, "amp": 0, "json-ld": 0,
             "json-ld articleBody": 0, "no json-ld and no og": 0, "no h1": 0}
    for path in pages:
        name = os.path.basename(path)[:-5]
        exp_path = os.path.join(root, name + ".expected.json")
        if not os.path.exists(exp_path):
            errors.append("%s: no expected.json" % name)
            continue
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        with open(exp_path, encoding="utf-8") as f:
            exp = json.load(f)
        p = Page()
        try:
            p.feed(raw)
            p.close()
        except Exception as e:  # html.parser is lenient; anything raised here is a real problem
            errors.append("%s: parse error %s" % (name, e))
            continue
        for prob in p.problems:
            errors.append("%s: %s" % (name, prob))
        leftover = [t for t in p.stack if t not in OPTIONAL_END]
        if leftover:
            errors.append("%s: unclosed %s" % (name, leftover))
        text = p.text()
        page_words = set(words(text))

        if set(exp) != KEYS:
            errors.append("%s: keys %s" % (name, sorted(exp)))
            continue
        for k in ("outlet", "headline"):
            if not isinstance(exp[k], str) or not exp[k].strip():
                errors.append("%s: %s must be a non-empty string" % (name, k))
        for k in ("byline", "url", "date"):
            if exp[k] is not None and (not isinstance(exp[k], str) or not exp[k].strip()):
                errors.append("%s: %s must be a string or null" % (name, k))
        if exp["date"] is not None and not DATE.match(exp["date"]):
            errors.append("%s: bad date %r" % (name, exp["date"]))
        if exp["url"] is not None:
            if not exp["url"].startswith(("http://", "https://")):
                errors.append("%s: url not absolute" % name)
            elif exp["url"] not in raw:
                errors.append("%s: url not in page" % name)
        if exp["headline"] not in text:
            errors.append("%s: headline not in page text: %r" % (name, exp["headline"]))
        if exp["byline"] and not set(words(exp["byline"])) <= page_words:
            errors.append("%s: byline words missing" % name)

        body = exp["body"]
        if not isinstance(body, list) or not all(isinstance(b, str) and b.strip() for b in body):
            errors.append("%s: body must be a list of non-empty strings" % name)
            continue
        kinds = {"## ": "crossheads", "> ": "quotes", "- ": "list items"}
        n_par = 0
        body_pos = 0
        for b in body:
            kind = next((v for k, v in kinds.items() if b.startswith(k)), "paragraphs")
            stats[kind] += 1
            n_par += kind == "paragraphs"
            s = b[3:] if kind == "crossheads" else b[2:] if kind != "paragraphs" else b
            if b != b.strip() or "  " in b:
                errors.append("%s: whitespace not collapsed in %r" % (name, b[:40]))
            missing = [w for w in words(s) if w not in page_words]
            if missing:
                errors.append("%s: words not in page %s in %r" % (name, missing[:5], s[:60]))
            elif s not in text:
                errors.append("%s: body string not found whole in page text: %r" % (name, s[:70]))
            else:
                at = text.find(s, body_pos)
                if at < 0:
                    errors.append("%s: body out of document order at %r" % (name, s[:40]))
                else:
                    body_pos = at + len(s)
        if not 5 <= n_par <= 20:
            warnings.append("%s: %d paragraphs" % (name, n_par))

        pos = 0
        for r in exp["related"]:
            if set(r) != {"label", "headline", "url"}:
                errors.append("%s: related keys %s" % (name, sorted(r)))
                continue
            stats["related"] += 1
            if r["headline"] not in text:
                errors.append("%s: related headline not in page: %r" % (name, r["headline"]))
            if r["label"] not in text:
                errors.append("%s: related label not in page: %r" % (name, r["label"]))
            u = urlparse(r["url"])
            if r["url"] not in raw and (u.path + (("?" + u.query) if u.query else "")) not in raw:
                errors.append("%s: related url not in page: %s" % (name, r["url"]))
            at = text.find(r["headline"], pos)
            if at < 0:
                warnings.append("%s: related out of document order at %r" % (name, r["headline"][:40]))
            else:
                pos = at

        stats["pages"] += 1
        stats["no date"] += exp["date"] is None
        stats["date only"] += exp["date"] is not None and "T" not in exp["date"]
        stats["no byline"] += exp["byline"] is None
        stats["no url"] += exp["url"] is None
        stats["amp"] += bool(re.search(r"<html[^>]*\s(amp|⚡)[\s>]", raw))
        has_ld = "application/ld+json" in raw
        stats["json-ld"] += has_ld
        stats["json-ld articleBody"] += '"articleBody": "' in raw and '"articleBody": ""' not in raw
        stats["no json-ld and no og"] += not has_ld and 'property="og:' not in raw and "property='og:" not in raw
        stats["no h1"] += not re.search(r"<h1[\s>]", raw)

    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print("html files: %d, expected files: %d" % (len(pages), len(glob.glob(os.path.join(root, "*.expected.json")))))
    for k, v in stats.items():
        print("%-22s %d" % (k, v))
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
