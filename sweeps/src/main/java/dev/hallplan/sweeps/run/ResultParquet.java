package dev.hallplan.sweeps.run;

import dev.hallplan.sweeps.point.PointResult;
import dev.hallplan.sweeps.results.ResultColumn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The result table as Parquet (Spark's layout: a directory with one part file), replaced whole on every run. */
final class ResultParquet {
    private ResultParquet() {
    }

    /** The Spark schema of {@code columns}: every column nullable (a failed point has no figures). */
    static StructType schema(List<ResultColumn> columns) {
        List<StructField> fields = new ArrayList<>();
        for (ResultColumn c : columns) {
            DataType t = switch (c.type()) {
                case TEXT -> DataTypes.StringType;
                case INTEGER -> DataTypes.IntegerType;
                case NUMBER -> DataTypes.DoubleType;
            };
            fields.add(DataTypes.createStructField(c.name(), t, true));
        }
        return DataTypes.createStructType(fields);
    }

    static void write(SparkSession spark, Path dir, List<ResultColumn> columns, List<PointResult> rows) {
        List<Row> data = new ArrayList<>(rows.size());
        for (PointResult r : rows) {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = columns.get(i).of(r);
            }
            data.add(RowFactory.create(values));
        }
        spark.createDataFrame(data, schema(columns)).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(dir.toAbsolutePath().toUri().toString());
    }
}
