/** Raw text → {@link io.newsarchive.model.Article}: headline, date, dateline, body, related links, outlet. */
package io.newsarchive.parse;
