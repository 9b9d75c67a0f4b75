package org.statementmonitor.alerts.matching;

import java.io.IOException;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.perfield.PerFieldDocValuesFormat;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.monitor.MonitorConfiguration;

/**
 * The monitor's query index kept in one segment. The presearcher searches the rule index once per
 * statement, and every segment costs that search a terms lookup per field and term of the
 * statement, so after the rules change the index is merged back into one segment (which also drops
 * the replaced rules' deleted documents). Rules are committed in one batch however many there are.
 * The rules' ids are kept decoded ({@link DecodedValuesFormat}), as the monitor reads them for every
 * candidate of every statement.
 */
final class QueryIndexSettings extends MonitorConfiguration {

  private volatile IndexWriter writer;

  QueryIndexSettings() {
    setQueryUpdateBufferSize(Integer.MAX_VALUE - 1);
  }

  @Override
  protected IndexWriterConfig getIndexWriterConfig() {
    return super.getIndexWriterConfig().setCodec(withDecodedValues(Codec.getDefault()));
  }

  /**
   * Lucene's codec with every doc values field in {@link DecodedValuesFormat}. It keeps the default
   * codec's name: a segment names each field's doc values format itself, so the index is read back
   * by the default codec and that format.
   */
  private static Codec withDecodedValues(Codec codec) {
    DocValuesFormat decoded = new DecodedValuesFormat();
    DocValuesFormat perField = new PerFieldDocValuesFormat() {
      @Override
      public DocValuesFormat getDocValuesFormatForField(String field) {
        return decoded;
      }
    };
    return new FilterCodec(codec.getName(), codec) {
      @Override
      public DocValuesFormat docValuesFormat() {
        return perField;
      }
    };
  }

  @Override
  public IndexWriter buildIndexWriter() throws IOException {
    IndexWriter built = super.buildIndexWriter();
    writer = built;
    return built;
  }

  /** Merges the rule index into one segment; the monitor sees it at its next commit. */
  void mergeIntoOneSegment() throws IOException {
    IndexWriter w = writer;
    if (w != null) {
      w.forceMerge(1);
    }
  }
}
