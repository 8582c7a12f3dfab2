package io.newsarchive.read;

import io.newsarchive.model.InputProblem;
import java.util.List;

/** What a scan of the input folder found: files to read (sorted by source) and files it will not read. */
public record InputScan(List<InputFile> files, List<InputProblem> problems) {
    public InputScan {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
