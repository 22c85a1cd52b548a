package dev.hallplan.reports.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.XDDFAreaChartData;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import dev.hallplan.reports.charts.ChartTheme;
import java.awt.Color;
import java.util.List;

/**
 * Native Excel charts (POI XDDF) over ranges of a non-streamed sheet, so they update when the
 * cells change. Colours follow {@link dev.hallplan.reports.charts.ChartTheme}. Public for the
 * other workbook writers (the sweeps module's summary workbook).
 */
public final class ExcelCharts {
    /** Where a chart sits: 0-based top-left and bottom-right cells. */
    public record Placement(int col1, int row1, int col2, int row2) {
    }

    /** One data column: header cell (series title) and the value rows. */
    public record Series(int col, Color color) {
        /** Column {@code col} in the theme's series colour {@code index} ({@link ChartTheme#series(int)}). */
        public static Series themed(int col, int index) {
            return new Series(col, ChartTheme.series(index));
        }
    }

    /**
     * One series of a scatter chart: x and y values in two columns of rows {@code firstRow..lastRow}
     * (0-based, inclusive), drawn as markers, {@code joined} by a line or not.
     */
    public record XySeries(String title, int xCol, int yCol, int firstRow, int lastRow, Color color, boolean joined) {
        /** A series in the theme's series colour {@code index}. */
        public static XySeries themed(String title, int xCol, int yCol, int firstRow, int lastRow, int index, boolean joined) {
            return new XySeries(title, xCol, yCol, firstRow, lastRow, ChartTheme.series(index), joined);
        }
    }

    /**
     * Stacked series use an area chart: a stacked bar needs c:overlap, whose schema type is not in
     * poi-ooxml-lite. HORIZONTAL_BAR has the categories down the left (a tornado).
     */
    public enum Kind { BAR, HORIZONTAL_BAR, STACKED_AREA, LINE }

    private ExcelCharts() {
    }

    /**
     * A chart of {@code series} (each a column whose header is at {@code headerRow}) against the
     * categories in {@code categoryCol}, rows {@code firstRow..lastRow} (0-based, inclusive).
     */
    public static XSSFChart chart(XSSFSheet sheet, Placement at, String title, String valueAxisTitle, Kind kind,
                           int headerRow, int categoryCol, int firstRow, int lastRow, List<Series> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.col1(), at.row1(), at.col2(), at.row2());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }

        boolean horizontal = kind == Kind.HORIZONTAL_BAR;
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        if (horizontal) {
            // first row at the top, labels at the left edge clear of bars that go below zero
            categories.setOrientation(AxisOrientation.MAX_MIN);
            categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
        }
        values.setTitle(valueAxisTitle);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        if (!anyNegative(sheet, firstRow, lastRow, series)) {
            // Excel's automatic minimum zooms in on close values (99.8% to 100.4% of peak demand made a
            // 0.4% difference look like a cliff); magnitudes read honestly from zero.
            values.setMinimum(0);
        }

        var categoryData = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, categoryCol, categoryCol));
        XDDFChartData data = chart.createData(switch (kind) {
            case BAR, HORIZONTAL_BAR -> ChartTypes.BAR;
            case STACKED_AREA -> ChartTypes.AREA;
            case LINE -> ChartTypes.LINE;
        }, categories, values);
        data.setVaryColors(false);
        for (Series s : series) {
            var valueData = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, s.col(), s.col()));
            XDDFChartData.Series added = data.addSeries(categoryData, valueData);
            String name = sheet.getRow(headerRow).getCell(s.col()).getStringCellValue();
            added.setTitle(name, new CellReference(sheet.getSheetName(), headerRow, s.col(), true, true));
            XDDFSolidFillProperties fill = fill(s.color());
            if (kind == Kind.LINE) {
                XDDFLineProperties line = new XDDFLineProperties(fill);
                line.setWidth(2.0);
                added.setLineProperties(line);
                ((XDDFLineChartData.Series) added).setMarkerStyle(MarkerStyle.NONE);
                ((XDDFLineChartData.Series) added).setSmooth(false);
            } else {
                added.setFillProperties(fill);
            }
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        }
        if (data instanceof XDDFAreaChartData area) {
            area.setGrouping(Grouping.STACKED);
        }
        chart.plot(data);
        return chart;
    }

    /** True when a written numeric value of a series is below zero (formula cells, not yet evaluated, are skipped). */
    static boolean anyNegative(XSSFSheet sheet, int firstRow, int lastRow, List<Series> series) {
        for (int r = firstRow; r <= lastRow; r++) {
            var row = sheet.getRow(r);
            for (Series s : series) {
                var cell = row == null ? null : row.getCell(s.col());
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && cell.getNumericCellValue() < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A scatter chart of {@code series} on two value axes, e.g. cost against emissions. */
    public static XSSFChart scatter(XSSFSheet sheet, Placement at, String title, String xAxisTitle, String yAxisTitle,
                                    List<XySeries> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, at.col1(), at.row1(), at.col2(), at.row2()));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        x.setTitle(xAxisTitle);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(yAxisTitle);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        for (XySeries s : series) {
            var xs = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(s.firstRow(), s.lastRow(), s.xCol(), s.xCol()));
            var ys = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(s.firstRow(), s.lastRow(), s.yCol(), s.yCol()));
            XDDFScatterChartData.Series added = (XDDFScatterChartData.Series) data.addSeries(xs, ys);
            added.setTitle(s.title(), null);
            added.setSmooth(false);
            added.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            XDDFLineProperties line = s.joined() ? new XDDFLineProperties(fill(s.color())) : new XDDFLineProperties(new XDDFNoFillProperties());
            line.setWidth(1.5);
            shape.setLineProperties(line);
            shape.setFillProperties(fill(s.color()));
            added.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    private static XDDFSolidFillProperties fill(Color c) {
        return new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()}));
    }
}
