package dev.hallplan.app.designer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.util.Duration;

/**
 * The floor plan: a Canvas painted by {@link FloorPainter} (only what is in view), with zoom (wheel,
 * Ctrl +/−, fit), pan (middle drag or Space + drag), selection (click, Shift/Ctrl-click, rubber
 * band), moving racks by drag (snapping to positions; a refusal shows where dropped), dropping rack
 * types from the catalog list, hover tooltips and double-click to open the rack's elevation.
 */
public final class FloorCanvas extends Pane {
    private final Canvas canvas = new Canvas();
    private final DesignerViewModel vm;
    private final CatalogDrag drag;
    private final FloorView view = new FloorView();
    private final Tooltip tooltip = new Tooltip();
    private boolean fitted;
    /** True once the user zoomed or panned: the view then stays put when the pane resizes. */
    private boolean userMoved;
    private boolean space;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private String pressedRack;
    /** The rack and time of the previous press, for double-click (the platform's count needs a quick second click). */
    private String lastPressedRack;
    private long lastPressNanos;
    private boolean dragging;
    private boolean panning;
    private double[] band;
    private String hovered;
    private String note;
    private double noteX;
    private double noteY;
    private int drawnRacks;
    private long paints;
    private Runnable onOpenElevation = () -> { };

    FloorCanvas(DesignerViewModel vm, CatalogDrag drag) {
        this.vm = vm;
        this.drag = drag;
        setId("designer-floor");
        getChildren().add(canvas);
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> sized());
        canvas.heightProperty().addListener(o -> sized());
        vm.snapshotProperty().addListener((o, a, b) -> {
            if (a == null || b == null || !a.hallId().equals(b.hallId())) {
                userMoved = false;
            }
            if (!userMoved) {
                fitted = false;
                sized();
            }
            paint();
        });
        vm.overlayProperty().addListener(o -> paint());
        vm.findSpace().foundProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                focusOn(b.get(0).rackId());
            }
            paint();
        });
        vm.selectedRacksProperty().addListener(o -> paint());
        tooltip.setShowDelay(Duration.millis(300));
        Tooltip.install(canvas, tooltip);
        setFocusTraversable(true);
        setMinSize(200, 150);
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(e -> hover(e.getX(), e.getY()));
        canvas.setOnMouseDragReleased(e -> dropFromCatalog(e.getX(), e.getY()));
        canvas.setOnScroll(e -> {
            zoomAt(e.getDeltaY() > 0 ? 1.2 : 1 / 1.2, e.getX(), e.getY());
            e.consume();
        });
        setOnKeyPressed(e -> {
            boolean shortcut = e.isShortcutDown();
            if (e.getCode() == KeyCode.SPACE) {
                space = true;
            } else if (shortcut && (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD)) {
                zoomAt(1.25, getWidth() / 2, getHeight() / 2);
            } else if (shortcut && (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT)) {
                zoomAt(1 / 1.25, getWidth() / 2, getHeight() / 2);
            } else if (shortcut && e.getCode() == KeyCode.DIGIT0) {
                fit();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.deleteSelection();
            } else if (shortcut && e.getCode() == KeyCode.C) {
                vm.copySelection();
            } else if (shortcut && e.getCode() == KeyCode.V) {
                int[] cell = cellAt(lastX, lastY);
                if (cell != null) {
                    answer(vm.pasteAt(cell[0], cell[1]), lastX, lastY);
                }
            } else if (shortcut && e.getCode() == KeyCode.D) {
                vm.duplicateSelection();
            } else {
                return;
            }
            e.consume();
        });
        setOnKeyReleased(e -> space = e.getCode() != KeyCode.SPACE && space);
    }

    /** Who opens the elevation on a double-click (the designer view). */
    void setOnOpenElevation(Runnable action) {
        this.onOpenElevation = action;
    }

    /** Shows the whole hall. */
    public void fit() {
        FloorSnapshot s = vm.snapshotProperty().get();
        if (s != null && getWidth() > 0) {
            // room at the right for the row totals, at the top for the legend, at the bottom for the hall totals
            view.fit(s.lengthMeters(), s.depthMeters(), 36, FloorDecorations.LEGEND_HEIGHT + 16, Math.max(100, getWidth() - 36 - 340),
                    getHeight() - FloorDecorations.LEGEND_HEIGHT - FloorDecorations.BOTTOM_BAR - 56);
            fitted = true;
            userMoved = false;
        }
        paint();
    }

    /** Zooms by {@code factor} keeping the point ({@code x}, {@code y}) still. */
    public void zoomAt(double factor, double x, double y) {
        userMoved = true;
        view.zoomAt(factor, x, y);
        paint();
    }

    /** Pans by ({@code dx}, {@code dy}) pixels. */
    public void panBy(double dx, double dy) {
        userMoved = true;
        view.panBy(dx, dy);
        paint();
    }

    /** Centres the view on {@code rackId}, zooming in so its row reads (at least 45 px per metre). */
    public void focusOn(String rackId) {
        FloorSnapshot s = vm.snapshotProperty().get();
        RackFigures r = s == null ? null : s.rack(rackId).orElse(null);
        if (r == null || getWidth() <= 0) {
            return;
        }
        FloorSnapshot.RowView row = s.rows().get(r.rowIndex());
        view.scale = Math.max(view.scale, 45);
        view.offsetX = getWidth() / 2 - (s.rowEndMeters() + (r.position() + 0.5) * row.pitchMeters()) * view.scale;
        view.offsetY = getHeight() / 2 - (row.yMeters() + row.depthMeters() / 2) * view.scale;
        userMoved = true;
        paint();
    }

    /** Racks drawn by the last paint (the rest were culled). */
    public int drawnRacks() {
        return drawnRacks;
    }

    /** Paints so far (the frame-time harness counts them). */
    public long paints() {
        return paints;
    }

    /** Screen point of the centre of {@code position} (0-based) of row {@code rowIndex}, for tests and tools. */
    public double[] centreOf(int rowIndex, int position) {
        FloorSnapshot.RowView row = vm.snapshotProperty().get().rows().get(rowIndex);
        double x = vm.snapshotProperty().get().rowEndMeters() + (position + 0.5) * row.pitchMeters();
        return new double[] {view.sx(x), view.sy(row.yMeters() + row.depthMeters() / 2)};
    }

    private void sized() {
        if (!fitted || !userMoved) {
            fit();
        } else {
            paint();
        }
    }

    void paint() {
        paints++;
        drawnRacks = FloorPainter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), vm.snapshotProperty().get(),
                view, vm.overlayProperty().get(), new FloorPainter.Marks(vm.selectedRacksProperty().get(), hovered, band, ghosts(),
                        note, noteX, noteY, found()));
    }

    /** Row index and position under the screen point, or null. */
    int[] cellAt(double px, double py) {
        FloorSnapshot s = vm.snapshotProperty().get();
        if (s == null) {
            return null;
        }
        double wx = view.wx(px);
        double wy = view.wy(py);
        for (FloorSnapshot.RowView r : s.rows()) {
            if (wy >= r.yMeters() && wy <= r.yMeters() + r.depthMeters()) {
                int p = (int) Math.floor((wx - s.rowEndMeters()) / r.pitchMeters());
                return p >= 0 && p < r.positions() ? new int[] {r.index(), p} : null;
            }
        }
        return null;
    }

    private RackFigures rackAt(double px, double py) {
        int[] cell = cellAt(px, py);
        return cell == null ? null : vm.snapshotProperty().get().rows().get(cell[0]).byPosition().get(cell[1]);
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        note = null;
        panning = e.getButton() == MouseButton.MIDDLE || (space && e.getButton() == MouseButton.PRIMARY);
        dragging = false;
        pressedRack = null;
        if (panning || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        RackFigures r = rackAt(e.getX(), e.getY());
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        if (r != null) {
            pressedRack = r.rackId();
            long now = System.nanoTime();
            boolean second = e.getClickCount() == 2 || (r.rackId().equals(lastPressedRack) && now - lastPressNanos < 600_000_000L);
            lastPressedRack = r.rackId();
            lastPressNanos = now;
            if (second) {
                vm.click(r.rackId(), false);
                onOpenElevation.run();
            } else if (toggle || !vm.selectedRacksProperty().get().contains(r.rackId())) {
                vm.click(r.rackId(), toggle);
            }
        }
    }

    private void dragged(MouseEvent e) {
        double dx = e.getX() - lastX;
        double dy = e.getY() - lastY;
        lastX = e.getX();
        lastY = e.getY();
        if (panning) {
            panBy(dx, dy);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        dragging = dragging || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 4;
        if (dragging && pressedRack == null) {
            band = new double[] {pressX, pressY, e.getX(), e.getY()};
        }
        paint();
    }

    private void released(MouseEvent e) {
        if (panning) {
            panning = false;
            return;
        }
        if (band != null) {
            selectBand();
            band = null;
        } else if (dragging && pressedRack != null) {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell == null) {
                say("no rack position there", e.getX(), e.getY());
            } else {
                answer(vm.moveTo(pressedRack, cell[0], cell[1]), e.getX(), e.getY());
            }
        } else if (!dragging && pressedRack == null && e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && !e.isShortcutDown()) {
            vm.select(Set.of());
        } else if (!dragging && pressedRack != null && !e.isShiftDown() && !e.isShortcutDown() && e.getClickCount() == 1) {
            vm.click(pressedRack, false);
        }
        dragging = false;
        pressedRack = null;
        paint();
    }

    private void selectBand() {
        FloorSnapshot s = vm.snapshotProperty().get();
        double x0 = view.wx(Math.min(band[0], band[2]));
        double x1 = view.wx(Math.max(band[0], band[2]));
        double y0 = view.wy(Math.min(band[1], band[3]));
        double y1 = view.wy(Math.max(band[1], band[3]));
        Set<String> inside = new LinkedHashSet<>();
        for (FloorSnapshot.RowView r : s.rows()) {
            double cy = r.yMeters() + r.depthMeters() / 2;
            for (RackFigures f : r.byPosition()) {
                double cx = s.rowEndMeters() + (f == null ? 0 : f.position() + 0.5) * r.pitchMeters();
                if (f != null && cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
                    inside.add(f.rackId());
                }
            }
        }
        vm.select(inside);
    }

    private void dropFromCatalog(double x, double y) {
        if (!drag.active() || !drag.isRackType()) {
            return;
        }
        String type = drag.take();
        int[] cell = cellAt(x, y);
        if (cell == null) {
            say("drop a rack type on an empty position of a row", x, y);
        } else {
            answer(vm.placeRack(cell[0], cell[1], type), x, y);
        }
        paint();
    }

    private void answer(boolean done, double x, double y) {
        if (!done) {
            say(vm.messageProperty().get(), x, y);
        }
    }

    private void say(String text, double x, double y) {
        note = text;
        noteX = x;
        noteY = y;
        paint();
    }

    private void hover(double x, double y) {
        lastX = x;
        lastY = y;
        RackFigures r = rackAt(x, y);
        String id = r == null ? null : r.rackId();
        if (!java.util.Objects.equals(id, hovered)) {
            hovered = id;
            tooltip.setText(r == null ? "" : r.tooltip());
            if (r == null) {
                tooltip.hide();
            }
            paint();
        }
    }

    private java.util.Map<String, Integer> found() {
        java.util.Map<String, Integer> found = new java.util.HashMap<>();
        vm.findSpace().foundProperty().get().forEach(o -> found.put(o.rackId(), o.fits()));
        return found;
    }

    /** Outlines where the dragged racks would land. */
    private List<double[]> ghosts() {
        List<double[]> list = new ArrayList<>();
        FloorSnapshot s = vm.snapshotProperty().get();
        if (!dragging || pressedRack == null || s == null) {
            return list;
        }
        int[] cell = cellAt(lastX, lastY);
        RackFigures anchor = s.rack(pressedRack).orElse(null);
        if (cell == null || anchor == null) {
            return list;
        }
        Set<String> moving = vm.selectedRacksProperty().get().contains(pressedRack) ? vm.selectedRacksProperty().get() : Set.of(pressedRack);
        for (String id : moving) {
            s.rack(id).ifPresent(f -> {
                int row = f.rowIndex() + cell[0] - anchor.rowIndex();
                int pos = f.position() + cell[1] - anchor.position();
                if (row >= 0 && row < s.rows().size() && pos >= 0 && pos < s.rows().get(row).positions()) {
                    FloorSnapshot.RowView r = s.rows().get(row);
                    list.add(new double[] {view.sx(s.rowEndMeters() + pos * r.pitchMeters()), view.sy(r.yMeters()),
                        r.pitchMeters() * view.scale, r.depthMeters() * view.scale});
                }
            });
        }
        return list;
    }
}
