/*
 * newsarchive search: runs in the browser, opened from disk or from a web server alike.
 *
 * The index is a set of script files (pages opened from disk may not fetch() files, but may load scripts):
 * terms-N.js files hold, for the terms whose hash falls in shard N, the list of matching article numbers;
 * docs-N.js files hold the id, headline, outlet, ISO date and first lines of articles N*size … N*size+size-1
 * (each outlet's name once per file, the docs giving its number). A query loads one terms file per word, then
 * only the docs files of the results it shows.
 *
 * Terms are made exactly as SearchTerms.java makes them: NFKD, combining marks dropped, lower case, runs of
 * letters and digits, one-letter words and a few common English words dropped.
 */
(function () {
  "use strict";

  var STOP_WORDS = ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "he", "in",
    "is", "it", "its", "of", "on", "or", "that", "the", "to", "was", "were", "will", "with"];
  var MAX_TERM_LENGTH = 40;
  var RESULTS_PER_PAGE = 20;
  var SNIPPET_WORDS_BEFORE = 12;
  var SNIPPET_WORDS = 40;

  var root = document.getElementById("search");
  if (!root) {
    return;
  }
  var termShardCount = parseInt(root.getAttribute("data-term-shards"), 10);
  var docsPerShard = parseInt(root.getAttribute("data-docs-per-shard"), 10);
  var termsPrefix = root.getAttribute("data-terms-prefix");
  var docsPrefix = root.getAttribute("data-docs-prefix");
  var articleHref = root.getAttribute("data-article-href");
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"];
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-list");
  var more = document.getElementById("search-more");

  var termShards = {};
  var docShards = {};
  var loading = {};

  /* The shard files call these when they load. */
  window.NewsSearch = {
    addTerms: function (shard, all, headline) {
      termShards[shard] = { all: all, headline: headline };
    },
    addDocs: function (shard, outlets, docs) {
      docShards[shard] = { outlets: outlets, docs: docs };
    }
  };

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  function termsOf(text) {
    var words = fold(text).match(/[\p{L}\p{Nd}]+/gu) || [];
    var seen = {};
    var terms = [];
    words.forEach(function (w) {
      if (Array.from(w).length < 2 || w.length > MAX_TERM_LENGTH || STOP_WORDS.indexOf(w) >= 0 ||
          Object.prototype.hasOwnProperty.call(seen, w)) {
        return;
      }
      seen[w] = true;
      terms.push(w);
    });
    return terms;
  }

  /* FNV-1a over UTF-16 code units, as SearchTerms.shardOf. */
  function shardOf(term) {
    var h = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      h ^= term.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return (h >>> 0) % termShardCount;
  }

  function loadScript(src) {
    if (!loading[src]) {
      loading[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = function () { resolve(); };
        script.onerror = function () { reject(new Error("could not load " + src)); };
        document.head.appendChild(script);
      });
    }
    return loading[src];
  }

  /* "3,1,a" → [3, 4, 14]: base-36 gaps between article numbers. */
  function decode(gaps) {
    var out = [];
    var n = 0;
    gaps.split(",").forEach(function (g) {
      n += parseInt(g, 36);
      out.push(n);
    });
    return out;
  }

  function postings(term) {
    var shard = termShards[shardOf(term)];
    var all = Object.prototype.hasOwnProperty.call(shard.all, term) ? decode(shard.all[term]) : [];
    var head = Object.prototype.hasOwnProperty.call(shard.headline, term) ? decode(shard.headline[term]) : [];
    return { all: all, headline: head };
  }

  /* Every term must match; a term counts more when rare and three times more in the headline. */
  function rank(terms, docCount) {
    var scores = null;
    terms.forEach(function (term) {
      var p = postings(term);
      var weight = Math.log(1 + docCount / Math.max(1, p.all.length));
      var inHeadline = {};
      p.headline.forEach(function (d) { inHeadline[d] = true; });
      var next = new Map();
      p.all.forEach(function (d) {
        if (scores === null || scores.has(d)) {
          var before = scores === null ? 0 : scores.get(d);
          next.set(d, before + weight * (inHeadline[d] ? 3 : 1));
        }
      });
      scores = next;
    });
    var ranked = Array.from(scores ? scores.entries() : []);
    ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return ranked.map(function (e) { return e[0]; });
  }

  function doc(n) {
    var shard = docShards[Math.floor(n / docsPerShard)];
    var d = shard.docs[n % docsPerShard];
    return { href: articleHref.replace("{id}", d[0]), headline: d[1], outlet: shard.outlets[d[2]], iso: d[3],
      date: displayDate(d[3]), text: d[4] };
  }

  /* "2022-07-15T21:38" → "15 July 2022, 21:38", as the pages print dates (DisplayDates.java). */
  function displayDate(iso) {
    var m = /^([+-]?\d+)-(\d\d)-(\d\d)(?:T(\d\d:\d\d))?$/.exec(iso);
    if (!m) {
      return iso;
    }
    var day = parseInt(m[3], 10) + " " + MONTHS[parseInt(m[2], 10) - 1] + " " + String(parseInt(m[1], 10)).padStart(4, "0");
    return m[4] ? day + ", " + m[4] : day;
  }

  /* Appends text to a node with the words that match a query term in <mark>. */
  function appendMarked(node, text, terms) {
    var wordPattern = /[\p{L}\p{M}\p{Nd}]+/gu;
    var last = 0;
    var m;
    while ((m = wordPattern.exec(text)) !== null) {
      var folded = fold(m[0]);
      if (terms.indexOf(folded) >= 0) {
        node.appendChild(document.createTextNode(text.slice(last, m.index)));
        var mark = document.createElement("mark");
        mark.textContent = m[0];
        node.appendChild(mark);
        last = m.index + m[0].length;
      }
    }
    node.appendChild(document.createTextNode(text.slice(last)));
  }

  /* Some forty words around the first word that matches, or the start of the text. */
  function snippet(text, terms) {
    var words = [];
    var wordPattern = /\S+/g;
    var m;
    var first = -1;
    while ((m = wordPattern.exec(text)) !== null) {
      words.push(m[0]);
      if (first < 0) {
        var parts = fold(m[0]).match(/[\p{L}\p{Nd}]+/gu) || [];
        if (parts.some(function (p) { return terms.indexOf(p) >= 0; })) {
          first = words.length - 1;
        }
      }
      if (first >= 0 && words.length > first + SNIPPET_WORDS) {
        break;
      }
    }
    var from = first < 0 ? 0 : Math.max(0, first - SNIPPET_WORDS_BEFORE);
    var to = Math.min(words.length, from + SNIPPET_WORDS);
    var s = words.slice(from, to).join(" ");
    return (from > 0 ? "… " : "") + s + (to < words.length || m !== null ? " …" : "");
  }

  function show(results, shown, terms) {
    var upTo = Math.min(results.length, shown + RESULTS_PER_PAGE);
    var needed = {};
    for (var i = shown; i < upTo; i++) {
      needed[Math.floor(results[i] / docsPerShard)] = true;
    }
    return Promise.all(Object.keys(needed).map(function (s) {
      return loadScript(docsPrefix + s + ".js");
    })).then(function () {
      for (var i = shown; i < upTo; i++) {
        list.appendChild(entry(doc(results[i]), terms));
      }
      more.hidden = upTo >= results.length;
      return upTo;
    });
  }

  function entry(d, terms) {
    var li = document.createElement("li");
    var h = document.createElement("h2");
    var a = document.createElement("a");
    a.href = d.href;
    appendMarked(a, d.headline, terms);
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.appendChild(document.createTextNode(d.outlet + " · "));
    if (d.iso) {
      var time = document.createElement("time");
      time.setAttribute("datetime", d.iso);
      time.textContent = d.date;
      meta.appendChild(time);
    } else {
      var undated = document.createElement("span");
      undated.className = "undated";
      undated.textContent = "Undated";
      meta.appendChild(undated);
    }
    li.appendChild(meta);
    var p = document.createElement("p");
    appendMarked(p, snippet(d.text, terms), terms);
    li.appendChild(p);
    return li;
  }

  function say(text) {
    status.textContent = text;
  }

  function search(query) {
    var terms = termsOf(query);
    if (terms.length === 0) {
      say("Type one or more words to search for (very common words like “the” are left out).");
      return;
    }
    say("Searching…");
    var shards = {};
    terms.forEach(function (t) { shards[shardOf(t)] = true; });
    Promise.all(Object.keys(shards).map(function (s) {
      return loadScript(termsPrefix + s + ".js");
    })).then(function () {
      var results = rank(terms, parseInt(root.getAttribute("data-doc-count"), 10));
      var quoted = "“" + query.trim() + "”";
      if (results.length === 0) {
        say("No article contains all of " + quoted + ". Try fewer or other words.");
        return;
      }
      var count = results.length.toLocaleString("en-GB");
      say(count + (results.length === 1 ? " article matches " : " articles match ") + quoted + ", best first.");
      var shown = 0;
      var next = function () {
        more.disabled = true; // one page of results at a time, however often the button is pressed
        return show(results, shown, terms).then(function (n) {
          shown = n;
          more.disabled = false;
        }).catch(failed);
      };
      more.onclick = next;
      return next();
    }).catch(failed);
  }

  function failed(e) {
    say("The search index could not be loaded (" + e.message + "). Is the archive complete?");
  }

  var query = new URLSearchParams(window.location.search).get("q");
  if (query !== null) {
    var input = document.getElementById("search-q");
    if (input) {
      input.value = query;
    }
    search(query);
  }
}());
