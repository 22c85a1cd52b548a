package dev.hallplan.catalog;

import dev.hallplan.catalog.units.UnitFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one file's entries against the catalog they are layered onto: servers name an existing
 * accelerator and existing network devices, a server's power covers its accelerators' TDP, and an
 * id does not already name an entry of another kind.
 */
final class ReferenceValidator {
    private ReferenceValidator() {
    }

    /** Problems of {@code added} (from {@code file}) within {@code layered}, the catalog after adding it over {@code under}. */
    static List<CatalogProblem> check(String file, Catalog added, Catalog under, Catalog layered) {
        List<CatalogProblem> problems = new ArrayList<>();
        for (CatalogKind kind : CatalogKind.values()) {
            for (Object entry : added.entries(kind)) {
                String id = Catalog.idOf(entry);
                Optional<CatalogKind> existing = under.kindOf(id);
                if (existing.isPresent() && existing.get() != kind) {
                    problems.add(new CatalogProblem(file, id, "id", "id already names a " + existing.get().key()
                            + " entry; ids are unique across kinds"));
                }
            }
        }
        for (ServerModel s : added.servers()) {
            Optional<Accelerator> acc = layered.accelerator(s.acceleratorId());
            if (acc.isEmpty()) {
                problems.add(new CatalogProblem(file, s.id(), "acceleratorId", "unknown accelerator '" + s.acceleratorId() + "'"));
            } else if (s.maxPowerWatts() < s.acceleratorCount() * acc.get().tdpWatts()) {
                problems.add(new CatalogProblem(file, s.id(), "maxPowerWatts", UnitFormat.watts(s.maxPowerWatts())
                        + " is below its accelerators' TDP " + s.acceleratorCount() + " x " + UnitFormat.watts(acc.get().tdpWatts())));
            }
            for (int i = 0; i < s.nics().size(); i++) {
                String nic = s.nics().get(i).networkId();
                if (layered.networkDevice(nic).isEmpty()) {
                    problems.add(new CatalogProblem(file, s.id(), "nics[" + i + "].networkId", "unknown network device '" + nic + "'"));
                }
            }
        }
        return problems;
    }
}
