/** The archive's data: immutable records every stage exchanges. Depends on nothing but the JDK. */
package io.newsarchive.model;
