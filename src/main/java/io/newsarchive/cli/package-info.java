/** The command line: options in, stages wired, a summary out. Nothing else imports this package. */
package io.newsarchive.cli;
