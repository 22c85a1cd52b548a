package dev.hallplan.reports.excel;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;

/**
 * How every sheet prints: landscape, scaled to one page wide (as many pages tall as it takes),
 * the frozen rows (title and table header) repeated at the top of each page, and a footer naming
 * the project and scenario on the left, the page in the middle and the sheet on the right. A
 * 7,000-replica Deployments sheet prints on about a hundred pages instead of several hundred
 * pages cut between columns.
 */
final class SheetPrint {
    /** Excel header/footer field codes: this page, the number of pages, the sheet's name. */
    static final String PAGE = "&P";
    static final String PAGES = "&N";
    static final String SHEET_NAME = "&A";

    private SheetPrint() {
    }

    /** @param footerLeft what the footer's left part says, e.g. "Public LLM API / baseline" */
    static void apply(Sheet sheet, String footerLeft) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(false);
        PaneInformation pane = sheet.getPaneInformation();
        if (pane != null && pane.isFreezePane() && pane.getHorizontalSplitTopRow() > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, pane.getHorizontalSplitTopRow() - 1, -1, -1));
        }
        Footer footer = sheet.getFooter();
        footer.setLeft(escaped(footerLeft));
        footer.setCenter("Page " + PAGE + " of " + PAGES);
        footer.setRight(SHEET_NAME);
    }

    /** An ampersand starts a field code in headers and footers; a literal one is written twice. */
    static String escaped(String text) {
        return text.replace("&", "&&");
    }
}
