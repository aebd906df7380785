package org.oncocurate.store.web.view;

/** An editable field of a fact: its current value and the machine's, written as the edit form takes them. */
public record FieldView(String name, String current, String machine, String hint) {
    public boolean changed() {
        return !current.equals(machine);
    }
}
