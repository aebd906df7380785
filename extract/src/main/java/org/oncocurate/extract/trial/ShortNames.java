package org.oncocurate.extract.trial;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A paper that names a trial in full ("AGO-ETC", "ENGOT-OV16/NOVA") often calls it by one part of that name later
 * ("the AGO trial", "NOVA"). A name without digits that is one part of exactly one fuller name in the same paper is
 * that trial; a part shared by several names ("PALOMA" of PALOMA-2 and PALOMA-3) stays as it is.
 */
public final class ShortNames {
    private ShortNames() {
    }

    /** For each short name among {@code names} that one fuller name contains as a part, that fuller name. */
    public static Map<String, String> resolve(Collection<String> names) {
        Set<String> distinct = new LinkedHashSet<>(names);
        Map<String, String> fuller = new HashMap<>();
        for (String name : distinct) {
            if (name.chars().anyMatch(Character::isDigit) || RegistryIds.isId(name)) {
                continue;
            }
            String target = null;
            int targets = 0;
            for (String other : distinct) {
                if (!other.equals(name) && partOf(name, other)) {
                    target = other;
                    targets++;
                }
            }
            if (targets == 1) {
                fuller.put(name, target);
            }
        }
        return fuller;
    }

    private static boolean partOf(String part, String name) {
        for (String piece : name.split("[-/\\s]+")) {
            if (piece.equalsIgnoreCase(part)) {
                return true;
            }
        }
        return false;
    }
}
