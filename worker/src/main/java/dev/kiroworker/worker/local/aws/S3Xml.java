package dev.kiroworker.worker.local.aws;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The XML documents the embedded S3 answers with: a ListObjectsV2 page and an error. */
final class S3Xml {

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

  private S3Xml() {}

  /** What ListObjectsV2 was asked, echoed in the answer as S3 does. */
  record ListRequest(
      String bucket,
      String prefix,
      String continuationToken,
      String startAfter,
      int maxKeys,
      boolean urlEncoded) {}

  static String listing(ListRequest request, S3Buckets.ListingPage page, String nextToken) {
    StringBuilder xml = new StringBuilder(DECLARATION);
    xml.append("<ListBucketResult xmlns=\"").append(NAMESPACE).append("\">");
    element(xml, "Name", request.bucket());
    element(xml, "Prefix", key(request.prefix(), request.urlEncoded()));
    element(xml, "KeyCount", String.valueOf(page.objects().size()));
    element(xml, "MaxKeys", String.valueOf(request.maxKeys()));
    element(xml, "IsTruncated", String.valueOf(page.truncated()));
    if (request.urlEncoded()) {
      element(xml, "EncodingType", "url");
    }
    if (request.continuationToken() != null) {
      element(xml, "ContinuationToken", request.continuationToken());
    }
    if (request.startAfter() != null) {
      element(xml, "StartAfter", key(request.startAfter(), request.urlEncoded()));
    }
    if (nextToken != null) {
      element(xml, "NextContinuationToken", nextToken);
    }
    for (Map.Entry<String, StoredObject> entry : page.objects()) {
      StoredObject object = entry.getValue();
      xml.append("<Contents>");
      element(xml, "Key", key(entry.getKey(), request.urlEncoded()));
      element(xml, "LastModified", DateTimeFormatter.ISO_INSTANT.format(object.lastModified()));
      element(xml, "ETag", object.etag());
      element(xml, "Size", String.valueOf(object.size()));
      element(xml, "StorageClass", "STANDARD");
      xml.append("</Contents>");
    }
    return xml.append("</ListBucketResult>").toString();
  }

  static String error(S3Error error) {
    StringBuilder xml = new StringBuilder(DECLARATION).append("<Error>");
    element(xml, "Code", error.code());
    element(xml, "Message", error.getMessage());
    if (!error.resource().isEmpty()) {
      element(xml, "Resource", error.resource());
    }
    element(xml, "RequestId", "embedded");
    return xml.append("</Error>").toString();
  }

  /** With {@code encoding-type=url} keys go out percent-encoded, so any character survives XML. */
  private static String key(String key, boolean urlEncoded) {
    return urlEncoded ? URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") : key;
  }

  private static void element(StringBuilder xml, String name, String text) {
    xml.append('<')
        .append(name)
        .append('>')
        .append(escape(text))
        .append("</")
        .append(name)
        .append('>');
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&apos;");
  }
}
