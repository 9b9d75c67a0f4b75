package org.statementmonitor.alerts.matching;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.codecs.DocValuesConsumer;
import org.apache.lucene.codecs.DocValuesFormat;
import org.apache.lucene.codecs.DocValuesProducer;
import org.apache.lucene.codecs.lucene90.Lucene90DocValuesFormat;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValuesSkipper;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterSortedDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's doc values format for the rule index, with the values of its sorted fields decoded once
 * per segment instead of at every lookup. For every candidate rule of every statement the monitor
 * looks up two sorted values (the rule's id and cache id); Lucene stores them compressed in blocks of
 * 64, so each lookup decompressed a block: about a tenth of the matching time with 10,000 rules. The
 * rule index holds one small value per rule, so keeping them decoded costs little memory. Files are
 * written exactly as {@link Lucene90DocValuesFormat} writes them. Registered with Lucene under
 * {@value #NAME} (META-INF/services), as a segment names the format of each field.
 */
public final class DecodedValuesFormat extends DocValuesFormat {

  /** The name segments record for the fields written with this format. */
  public static final String NAME = "MonitorDecodedValues";

  private final DocValuesFormat stored = new Lucene90DocValuesFormat();

  /** The format (public and without arguments, as Lucene's service loader requires). */
  public DecodedValuesFormat() {
    super(NAME);
  }

  @Override
  public DocValuesConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
    return stored.fieldsConsumer(state);
  }

  @Override
  public DocValuesProducer fieldsProducer(SegmentReadState state) throws IOException {
    return new DecodedProducer(stored.fieldsProducer(state));
  }

  /** Reads through Lucene's producer, but answers sorted values from the values decoded once. */
  private static final class DecodedProducer extends DocValuesProducer {
    private final DocValuesProducer in;
    private final Map<String, BytesRef[]> decoded = new ConcurrentHashMap<>();

    DecodedProducer(DocValuesProducer in) {
      this.in = in;
    }

    @Override
    public SortedDocValues getSorted(FieldInfo field) throws IOException {
      BytesRef[] values = decoded.get(field.name);
      if (values == null) {
        values = decode(in.getSorted(field));
        decoded.put(field.name, values);
      }
      BytesRef[] byOrd = values;
      return new FilterSortedDocValues(in.getSorted(field)) {
        @Override
        public BytesRef lookupOrd(int ord) {
          return byOrd[ord];
        }
      };
    }

    private static BytesRef[] decode(SortedDocValues sorted) throws IOException {
      BytesRef[] values = new BytesRef[sorted.getValueCount()];
      for (int ord = 0; ord < values.length; ord++) {
        values[ord] = BytesRef.deepCopyOf(sorted.lookupOrd(ord));
      }
      return values;
    }

    @Override
    public NumericDocValues getNumeric(FieldInfo field) throws IOException {
      return in.getNumeric(field);
    }

    @Override
    public BinaryDocValues getBinary(FieldInfo field) throws IOException {
      return in.getBinary(field);
    }

    @Override
    public SortedNumericDocValues getSortedNumeric(FieldInfo field) throws IOException {
      return in.getSortedNumeric(field);
    }

    @Override
    public SortedSetDocValues getSortedSet(FieldInfo field) throws IOException {
      return in.getSortedSet(field);
    }

    @Override
    public DocValuesSkipper getSkipper(FieldInfo field) throws IOException {
      return in.getSkipper(field);
    }

    @Override
    public void checkIntegrity() throws IOException {
      in.checkIntegrity();
    }

    @Override
    public DocValuesProducer getMergeInstance() {
      return in.getMergeInstance();
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
