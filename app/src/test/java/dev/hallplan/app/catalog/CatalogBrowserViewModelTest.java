package dev.hallplan.app.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hallplan.app.testutil.TestCatalogs;
import dev.hallplan.catalog.CatalogKind;
import org.junit.jupiter.api.Test;

class CatalogBrowserViewModelTest {
    @Test
    void showsEntriesOfTheChosenKindWithKeyFigures() {
        CatalogBrowserViewModel vm = new CatalogBrowserViewModel();
        vm.catalogProperty().set(TestCatalogs.small());
        assertEquals(3, vm.rows().size(), "three accelerators in the small catalog");
        assertTrue(vm.rows().get(0).keyFigures().contains("3.35 TB/s"), vm.rows().get(0).keyFigures());
        vm.kindProperty().set(CatalogKind.RACK);
        assertEquals(1, vm.rows().size());
        assertEquals("rack-air-40kw", vm.rows().get(0).id());
    }

    @Test
    void filterMatchesVendorAndFiguresCaseInsensitively() {
        CatalogBrowserViewModel vm = new CatalogBrowserViewModel();
        vm.catalogProperty().set(TestCatalogs.small());
        vm.filterProperty().set("amd");
        assertEquals(1, vm.rows().size());
        assertEquals("gpu-c", vm.rows().get(0).id());
        vm.filterProperty().set("141 GB");
        assertEquals(1, vm.rows().size());
        assertEquals("gpu-b", vm.rows().get(0).id());
        assertEquals("1 of 3 accelerators", vm.statusProperty().get());
    }

    @Test
    void changingKindClearsTheSelection() {
        CatalogBrowserViewModel vm = new CatalogBrowserViewModel();
        vm.catalogProperty().set(TestCatalogs.small());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.kindProperty().set(CatalogKind.SERVER);
        assertEquals(null, vm.selectedProperty().get());
        assertEquals("0 of 0 servers", vm.statusProperty().get());
    }
}
