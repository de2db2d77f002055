package dev.kiroworker.worker.local.aws;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The embedded S3's buckets and objects. Keys sort by their UTF-8 bytes, the order S3 lists them
 * in. Every method holds this object's monitor, so a listing never sees half a write.
 */
final class S3Buckets {

  private final Map<String, NavigableMap<String, StoredObject>> buckets = new HashMap<>();
  private final Clock clock;

  S3Buckets(Clock clock) {
    this.clock = clock;
  }

  synchronized void create(String bucket) {
    if (buckets.containsKey(bucket)) {
      throw S3Error.bucketAlreadyOwnedByYou(bucket);
    }
    buckets.put(bucket, new TreeMap<>(S3Buckets::utf8Order));
  }

  synchronized StoredObject put(String bucket, String key, byte[] content, String contentType) {
    StoredObject object = StoredObject.of(content, contentType, clock.instant());
    bucket(bucket).put(key, object);
    return object;
  }

  synchronized StoredObject get(String bucket, String key) {
    StoredObject object = bucket(bucket).get(key);
    if (object == null) {
      throw S3Error.noSuchKey(bucket, key);
    }
    return object;
  }

  /**
   * Up to {@code maxKeys} keys starting with {@code prefix} that sort after {@code after} (null for
   * the first page), and whether more follow.
   */
  synchronized ListingPage list(String bucket, String prefix, String after, int maxKeys) {
    NavigableMap<String, StoredObject> objects = bucket(bucket);
    if (maxKeys == 0) {
      return new ListingPage(List.of(), false);
    }
    NavigableMap<String, StoredObject> tail =
        after == null ? objects.tailMap(prefix, true) : objects.tailMap(after, false);
    List<Map.Entry<String, StoredObject>> matching =
        tail.entrySet().stream()
            .takeWhile(
                entry -> entry.getKey().startsWith(prefix) || utf8Order(entry.getKey(), prefix) < 0)
            .filter(entry -> entry.getKey().startsWith(prefix))
            .limit(maxKeys + 1L)
            .map(entry -> Map.entry(entry.getKey(), entry.getValue()))
            .toList();
    boolean truncated = matching.size() > maxKeys;
    return new ListingPage(truncated ? matching.subList(0, maxKeys) : matching, truncated);
  }

  private NavigableMap<String, StoredObject> bucket(String bucket) {
    NavigableMap<String, StoredObject> objects = buckets.get(bucket);
    if (objects == null) {
      throw S3Error.noSuchBucket(bucket);
    }
    return objects;
  }

  static int utf8Order(String a, String b) {
    return Arrays.compareUnsigned(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** One page of a listing, in key order. */
  record ListingPage(List<Map.Entry<String, StoredObject>> objects, boolean truncated) {}
}
