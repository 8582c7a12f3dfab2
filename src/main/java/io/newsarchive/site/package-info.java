/** The site: which pages exist and where (one URL scheme), their data, and rendering them with Freemarker. */
package io.newsarchive.site;
