package org.osicam.core.event;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A small immutable map that keeps insertion order, backed by two arrays (lookups scan). */
final class OrderedMap<V> extends AbstractMap<String, V> {
  private static final OrderedMap<?> EMPTY = new OrderedMap<>(new String[0], new Object[0], 0);

  private final String[] keys;
  private final Object[] values;
  private final int size;

  private OrderedMap(String[] keys, Object[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  @SuppressWarnings("unchecked")
  static <V> OrderedMap<V> empty() {
    return (OrderedMap<V>) EMPTY;
  }

  /** An immutable ordered copy; a map that already is one is returned as is. */
  static <V> OrderedMap<V> copyOf(Map<String, V> map) {
    if (map instanceof OrderedMap<?>) {
      return (OrderedMap<V>) map;
    }
    if (map.isEmpty()) {
      return empty();
    }
    String[] k = new String[map.size()];
    Object[] v = new Object[map.size()];
    int i = 0;
    for (Map.Entry<String, V> e : map.entrySet()) {
      k[i] = Objects.requireNonNull(e.getKey(), "key");
      v[i] = Objects.requireNonNull(e.getValue(), "value");
      i++;
    }
    return new OrderedMap<>(k, v, i);
  }

  /** Takes the arrays (not copied: the caller gives them up); keys must be distinct. */
  static <V> OrderedMap<V> wrap(String[] keys, Object[] values, int size) {
    return size == 0 ? empty() : new OrderedMap<>(keys, values, size);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(@Nullable Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable V get(@Nullable Object key) {
    int i = indexOf(key);
    return i < 0 ? null : (V) values[i];
  }

  private int indexOf(@Nullable Object key) {
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          @SuppressWarnings("unchecked")
          public Map.Entry<String, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new AbstractMap.SimpleImmutableEntry<>(keys[i], (V) values[i]);
          }
        };
      }
    };
  }
}
