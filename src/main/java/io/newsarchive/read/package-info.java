/** Finding input files, decoding their bytes, and loading the CSV tables (outlets, manifest). */
package io.newsarchive.read;
