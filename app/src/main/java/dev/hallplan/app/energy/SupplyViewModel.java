package dev.hallplan.app.energy;

import dev.hallplan.app.services.FileDialogs;
import dev.hallplan.app.workspace.BackgroundTasks;
import dev.hallplan.app.workspace.ProjectEdit;
import dev.hallplan.app.workspace.ProjectViewModel;
import dev.hallplan.engine.energy.HourlyProfileCsv;
import dev.hallplan.engine.energy.ProfileImportException;
import dev.hallplan.engine.project.Hall;
import dev.hallplan.engine.supply.Battery;
import dev.hallplan.engine.supply.EnergySupply;
import dev.hallplan.engine.supply.HourlyProfile;
import dev.hallplan.engine.supply.RenewableSource;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected hall's energy supply as the energy view edits it: every change is one
 * {@link SupplyEdits} step on the document's history. Commands take what the user typed, in the
 * units the form shows (MW, MWh, %, $/MWh, gCO2e/kWh); a value that does not parse or that the
 * supply records refuse changes nothing and {@link #errorProperty()} says why.
 */
public final class SupplyViewModel {
    private final ProjectViewModel document;
    private final FileDialogs files;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<EnergySupply> supply = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RenewableSource> renewables = FXCollections.observableArrayList();
    private final ObservableList<RenewableSource> renewablesView = FXCollections.unmodifiableObservableList(renewables);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public SupplyViewModel(ProjectViewModel document, FileDialogs files, BackgroundTasks tasks) {
        this.document = document;
        this.files = files;
        this.tasks = tasks;
        document.hallProperty().addListener(o -> follow());
        follow();
    }

    /** The selected hall's supply; null without a hall. */
    public ReadOnlyObjectProperty<EnergySupply> supplyProperty() { return supply.getReadOnlyProperty(); }
    /** Its renewable sources, in file order. */
    public ObservableList<RenewableSource> renewables() { return renewablesView; }
    /** Why the last change was refused, with what and where; empty after a change that took. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /**
     * Grid tie-in and firm supply (MW) and a constant carbon intensity (gCO2e/kWh), as one edit.
     *
     * @param gramsPerKwh nullable: keep the current intensity (e.g. an imported hourly year)
     */
    public boolean setGrid(String tieInMegawatts, String firmMegawatts, String gramsPerKwh) {
        return edit(() -> SupplyEdits.grid(scenario(), hallId(), FormNumbers.megawatts(tieInMegawatts, "Grid tie-in"),
                FormNumbers.megawatts(firmMegawatts, "Firm supply"), gramsPerKwh == null ? null
                        : HourlyProfile.constant(FormNumbers.number(gramsPerKwh, "Grid carbon intensity (gCO2e/kWh)"))));
    }

    public boolean setGridTieIn(String megawatts) {
        return edit(() -> SupplyEdits.gridTieIn(scenario(), hallId(), FormNumbers.megawatts(megawatts, "Grid tie-in")));
    }

    public boolean setFirmSupply(String megawatts) {
        return edit(() -> SupplyEdits.firmSupply(scenario(), hallId(), FormNumbers.megawatts(megawatts, "Firm supply")));
    }

    /** A constant grid carbon intensity for every hour. */
    public boolean setGridCarbon(String gramsPerKwh) {
        return edit(() -> SupplyEdits.gridCarbon(scenario(), hallId(),
                HourlyProfile.constant(FormNumbers.number(gramsPerKwh, "Grid carbon intensity (gCO2e/kWh)"))));
    }

    /**
     * A flat energy price, or time of use when {@code peakUsdPerMwh} is not blank: the peak price
     * from {@code peakFromHour} up to (not including) {@code peakToHour} every day, the other price
     * the rest; plus the demand charge.
     */
    public boolean setTariff(String usdPerMwh, String peakUsdPerMwh, String peakFromHour, String peakToHour,
                             String demandChargeUsdPerKwMonth) {
        return edit(() -> SupplyEdits.tariff(scenario(), hallId(), FormNumbers.tariff(usdPerMwh, peakUsdPerMwh, peakFromHour,
                peakToHour, demandChargeUsdPerKwMonth)));
    }

    /** Sets the battery from energy (MWh), power (MW), round trip (%) and installed price ($M); a blank energy removes it. */
    public boolean setBattery(String megawattHours, String megawatts, String roundTripPercent, String priceMillionUsd) {
        if (megawattHours == null || megawattHours.isBlank()) {
            return edit(() -> SupplyEdits.battery(scenario(), hallId(), null));
        }
        return edit(() -> {
            Battery old = supply.get().battery();
            return SupplyEdits.battery(scenario(), hallId(), new Battery(
                    FormNumbers.megawattHours(megawattHours, "Battery energy"), FormNumbers.megawatts(megawatts, "Battery power"),
                    FormNumbers.percent(roundTripPercent, "Battery round trip"), old == null ? 0 : old.minStateOfCharge(),
                    FormNumbers.millionsUsd(priceMillionUsd, "Battery price")));
        });
    }

    /** Adds ({@code replacedId} null) or replaces a renewable source with what {@code form} holds. */
    public boolean putRenewable(String replacedId, RenewableForm form) {
        return edit(() -> {
            HourlyProfile imported = replacedId == null ? null : find(replacedId).map(RenewableSource::hourlyCapacityFactors).orElse(null);
            return SupplyEdits.putRenewable(scenario(), hallId(), replacedId, form.toSource(imported));
        });
    }

    public boolean removeRenewable(String id) {
        return edit(() -> SupplyEdits.removeRenewable(scenario(), hallId(), id));
    }

    /** Goes back to the synthetic profile for source {@code id} (drops its imported year). */
    public boolean useSyntheticProfile(String id) {
        return edit(() -> SupplyEdits.putRenewable(scenario(), hallId(), id, SupplyEdits.withProfile(require(id), null)));
    }

    /**
     * Asks for a CSV (one column of 8760 capacity factors, 0..1), reads it on the worker with the
     * engine's importer and puts it on source {@code id}. Completes with false when the user
     * cancelled or the file was refused (the importer's problems, with line numbers, in the error).
     */
    public CompletableFuture<Boolean> importRenewableProfile(String id) {
        return importCsv("Import profile of " + id, profile -> SupplyEdits.putRenewable(scenario(), hallId(), id,
                SupplyEdits.withProfile(require(id), profile)));
    }

    /** As {@link #importRenewableProfile}, for an hourly grid carbon intensity (gCO2e/kWh). */
    public CompletableFuture<Boolean> importGridCarbon() {
        return importCsv("Import grid carbon intensity", profile -> SupplyEdits.gridCarbon(scenario(), hallId(), profile));
    }

    private CompletableFuture<Boolean> importCsv(String taskName, Function<HourlyProfile, ProjectEdit> edit) {
        if (supply.get() == null) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<Path> file = files.chooseFileToOpen(FileDialogs.Kind.HOURLY_CSV, null);
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return tasks.run(taskName, () -> HourlyProfileCsv.read(file.get())).handle((profile, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error.set(cause instanceof ProfileImportException p ? p.getMessage() : BackgroundTasks.messageOf(cause));
                return false;
            }
            return edit(() -> edit.apply(profile));
        });
    }

    private boolean edit(java.util.function.Supplier<ProjectEdit> edit) {
        if (supply.get() == null) {
            error.set("No hall selected");
            return false;
        }
        try {
            document.apply(edit.get());
            error.set("");
            return true;
        } catch (IllegalArgumentException refused) {
            error.set(refused.getMessage());
            return false;
        }
    }

    private Optional<RenewableSource> find(String id) {
        return renewables.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private RenewableSource require(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("hall " + hallId() + " has no renewable source " + id));
    }

    private String scenario() {
        return document.scenarioProperty().get().name();
    }

    private String hallId() {
        return document.hallProperty().get().id();
    }

    private void follow() {
        Hall h = document.hallProperty().get();
        EnergySupply s = h == null ? null : h.supply();
        supply.set(s);
        if (s == null) {
            renewables.clear();
        } else if (!renewables.equals(s.renewables())) {
            renewables.setAll(s.renewables());
        }
    }

}
