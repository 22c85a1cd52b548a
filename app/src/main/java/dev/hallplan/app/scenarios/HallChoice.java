package dev.hallplan.app.scenarios;

/** A hall as the hall selector lists it. */
public record HallChoice(String id, String name) {
    @Override
    public String toString() {
        return name.equals(id) ? id : name + " (" + id + ")";
    }
}
