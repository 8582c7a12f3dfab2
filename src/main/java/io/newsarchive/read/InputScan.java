package io.newsarchive.read;

import io.newsarchive.model.InputProblem;
import java.util.List;

/**
 * What a scan of the input folder found: article files to read (sorted by source), CSV article tables (sorted), and
 * files it will not read.
 */
public record InputScan(List<InputFile> files, List<InputFile> tables, List<InputProblem> problems) {
    public InputScan {
        files = List.copyOf(files);
        tables = List.copyOf(tables);
        problems = List.copyOf(problems);
    }
}
