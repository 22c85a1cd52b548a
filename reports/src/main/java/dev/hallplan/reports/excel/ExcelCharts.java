package dev.hallplan.reports.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
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
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.awt.Color;
import java.util.List;

/**
 * Native Excel charts (POI XDDF) over ranges of a non-streamed sheet, so they update when the
 * cells change. Colours follow {@link dev.hallplan.reports.charts.ChartTheme}.
 */
final class ExcelCharts {
    /** Where a chart sits: 0-based top-left and bottom-right cells. */
    record Placement(int col1, int row1, int col2, int row2) {
    }

    /** One data column: header cell (series title) and the value rows. */
    record Series(int col, Color color) {
    }

    /** Stacked series use an area chart: a stacked bar needs c:overlap, whose schema type is not in poi-ooxml-lite. */
    enum Kind { BAR, STACKED_AREA, LINE }

    private ExcelCharts() {
    }

    /**
     * A chart of {@code series} (each a column whose header is at {@code headerRow}) against the
     * categories in {@code categoryCol}, rows {@code firstRow..lastRow} (0-based, inclusive).
     */
    static XSSFChart chart(XSSFSheet sheet, Placement at, String title, String valueAxisTitle, Kind kind,
                           int headerRow, int categoryCol, int firstRow, int lastRow, List<Series> series) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.col1(), at.row1(), at.col2(), at.row2());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
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
            case BAR -> ChartTypes.BAR;
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
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(
                    new byte[]{(byte) s.color().getRed(), (byte) s.color().getGreen(), (byte) s.color().getBlue()}));
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
            bar.setBarDirection(BarDirection.COL);
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
}
