package dev.neam.parser.formatting;

import dev.neam.parser.text.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * The replacements that turn one text into another, whole lines at a time: unchanged lines are
 * left alone so that the editor keeps the cursor, bookmarks and breakpoints on them. The common
 * head and tail are skipped; the middle is aligned by longest common subsequence, or replaced in
 * one piece when it is too large to align cheaply.
 */
public final class LineDiff {
    private static final long MAX_ALIGNMENT_CELLS = 4_000_000L;

    private LineDiff() {
    }

    public static List<TextReplacement> edits(SourceText before, String after) {
        List<String> a = lines(before.text());
        List<String> b = lines(after);
        int[] offsets = lineOffsets(a);
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<TextReplacement> out = new ArrayList<>();
        int aEnd = a.size() - tail;
        int bEnd = b.size() - tail;
        long cells = (long) (aEnd - head) * (bEnd - head);
        if (cells > MAX_ALIGNMENT_CELLS) {
            hunk(before, a, b, offsets, head, aEnd, head, bEnd, out);
            return out;
        }
        align(before, a, b, offsets, head, aEnd, head, bEnd, out);
        return out;
    }

    /** Longest common subsequence of lines a[a0,a1) and b[b0,b1), then one replacement per differing run. */
    private static void align(SourceText before, List<String> a, List<String> b, int[] offsets, int a0, int a1,
                              int b0, int b1, List<TextReplacement> out) {
        int n = a1 - a0;
        int m = b1 - b0;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(a0 + i).equals(b.get(b0 + j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int runA = 0;
        int runB = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(a0 + i).equals(b.get(b0 + j))) {
                hunk(before, a, b, offsets, a0 + runA, a0 + i, b0 + runB, b0 + j, out);
                i++;
                j++;
                runA = i;
                runB = j;
            } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                j++;
            } else {
                i++;
            }
        }
        hunk(before, a, b, offsets, a0 + runA, a0 + n, b0 + runB, b0 + m, out);
    }

    private static void hunk(SourceText before, List<String> a, List<String> b, int[] offsets, int a0, int a1,
                             int b0, int b1, List<TextReplacement> out) {
        if (a0 == a1 && b0 == b1) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int k = b0; k < b1; k++) {
            text.append(b.get(k));
        }
        out.add(new TextReplacement(before.range(offsets[a0], offsets[a1]), text.toString()));
    }

    /** Lines with their terminators; the last one may have none. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n')) {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    private static int[] lineOffsets(List<String> lines) {
        int[] offsets = new int[lines.size() + 1];
        for (int k = 0; k < lines.size(); k++) {
            offsets[k + 1] = offsets[k] + lines.get(k).length();
        }
        return offsets;
    }
}
