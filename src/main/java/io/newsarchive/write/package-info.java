/** The output folder: writes files only when their bytes change, and removes only files it wrote itself. */
package io.newsarchive.write;
