package org.statementmonitor.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A dictionary of phrases over {@link FoldedText}: a character trie keyed by the folded, separator-free
 * form of each phrase. Matches start at a word start, end at a word end and never cross a hard
 * separator, so "Co-operation", "Cooperation" and "Co operation" are the same key while "Ali" never
 * matches inside "Alibek". Immutable after {@link Builder#build()}; safe to share between threads.
 *
 * @param <T> what a phrase maps to
 */
public final class PhraseTrie<T> {

  /** One match: the folded span and the original span, with every value stored for the phrase. */
  public record Match<T>(int start, int end, List<T> values) {}

  private static final class Node<T> {
    /** Children while building; replaced by the sorted arrays below when the trie is built. */
    Map<Character, Node<T>> children = new HashMap<>(4);
    char[] keys = new char[0];
    Node<T>[] next;
    List<T> values;

    /** The child for c, or null: a scan of the sorted keys (few) or a binary search (many). */
    Node<T> child(char c) {
      char[] k = keys;
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) {
          if (k[i] == c) {
            return next[i];
          }
        }
        return null;
      }
      int i = java.util.Arrays.binarySearch(k, c);
      return i >= 0 ? next[i] : null;
    }

    /** Turns the child map into sorted arrays, recursively; no boxing on lookup after this. */
    @SuppressWarnings("unchecked")
    void freeze() {
      if (children == null) {
        return;
      }
      List<Character> sorted = new ArrayList<>(children.keySet());
      java.util.Collections.sort(sorted);
      keys = new char[sorted.size()];
      next = (Node<T>[]) new Node<?>[sorted.size()];
      for (int i = 0; i < keys.length; i++) {
        keys[i] = sorted.get(i);
        next[i] = children.get(keys[i]);
        next[i].freeze();
      }
      children = null;
    }
  }

  private final Node<T> root;
  private final int size;

  private PhraseTrie(Node<T> root, int size) {
    this.root = root;
    this.size = size;
  }

  /** A new builder. */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Number of phrases stored. */
  public int size() {
    return size;
  }

  /**
   * Every match in the text, as original-text spans; where several phrases start at the same word
   * only the longest is reported.
   */
  public List<Match<T>> findAll(FoldedText text) {
    List<Match<T>> out = new ArrayList<>();
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!text.isWordStart(i)) {
        continue;
      }
      Node<T> node = root;
      int bestEnd = -1;
      List<T> best = null;
      for (int j = i; j < n; j++) {
        if (j > i && text.isWordStart(j) && text.isHardBoundary(j)) {
          break;
        }
        node = node.child(text.charAt(j));
        if (node == null) {
          break;
        }
        if (node.values != null && text.isWordEnd(j)) {
          bestEnd = j;
          best = node.values;
        }
      }
      if (best != null) {
        out.add(new Match<>(text.originalStart(i), text.originalEnd(bestEnd), best));
      }
    }
    return out;
  }

  /** Collects phrases; not thread-safe, and done once {@link #build()} has been called. */
  public static final class Builder<T> {
    private final Node<T> root = new Node<>();
    private int size;

    /** Adds a phrase (folded here); blank phrases are ignored. */
    public Builder<T> add(String phrase, T value) {
      if (root.children == null) {
        throw new IllegalStateException("phrases cannot be added after build()");
      }
      String key = FoldedText.key(phrase);
      if (key.isEmpty()) {
        return this;
      }
      Node<T> node = root;
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new Node<>());
      }
      if (node.values == null) {
        node.values = new ArrayList<>(1);
        size++;
      }
      if (!node.values.contains(value)) {
        node.values.add(value);
      }
      return this;
    }

    /** The trie. */
    public PhraseTrie<T> build() {
      root.freeze();
      return new PhraseTrie<>(root, size);
    }
  }
}
