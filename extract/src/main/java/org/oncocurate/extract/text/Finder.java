package org.oncocurate.extract.text;

import java.util.List;

/** Finds the mentions of one kind of term in a sentence; dictionaries and grammars alike. */
@FunctionalInterface
public interface Finder {
    List<Mention> find(Sentence sentence);
}
