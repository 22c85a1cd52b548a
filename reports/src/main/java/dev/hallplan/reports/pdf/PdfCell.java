package dev.hallplan.reports.pdf;

/**
 * One table cell of the PDF: text, right alignment for numbers, and a tone: the best value of a
 * comparison row (bold green) or a warning such as unmet demand (bold red).
 */
record PdfCell(String text, boolean rightAligned, Tone tone) {
    enum Tone { NORMAL, BEST, WARNING }

    PdfCell {
        text = text == null ? "" : text;
        tone = tone == null ? Tone.NORMAL : tone;
    }

    PdfCell(String text, boolean rightAligned, boolean emphasised) {
        this(text, rightAligned, emphasised ? Tone.BEST : Tone.NORMAL);
    }

    boolean emphasised() {
        return tone != Tone.NORMAL;
    }

    static PdfCell text(String text) {
        return new PdfCell(text, false, Tone.NORMAL);
    }

    static PdfCell number(String text) {
        return new PdfCell(text, true, Tone.NORMAL);
    }

    static PdfCell best(String text) {
        return new PdfCell(text, true, Tone.BEST);
    }

    static PdfCell warning(String text) {
        return new PdfCell(text, true, Tone.WARNING);
    }
}
