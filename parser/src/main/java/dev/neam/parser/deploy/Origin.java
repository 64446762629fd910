package dev.neam.parser.deploy;

import dev.neam.parser.diagnostic.RelatedInformation;
import dev.neam.parser.text.Range;

/**
 * Where a node of a (rendered) object comes from: the file and the range of the text that produced
 * it. For a value set by a Kustomize patch that is the patch, else the base file.
 */
record Origin(ParsedFile file, Range range) {

    RelatedInformation related(String message) {
        return new RelatedInformation(file.path(), range, message);
    }
}
