package org.swarchive.demo;

/**
 * What demo station to make.
 *
 * @param year       the year the station's records cover (the evaluation period)
 * @param minRecords at least this many records; more cases are added to reach it
 * @param seed       the same seed makes the same station
 * @param fonds      全宗号, the first part of every archive code
 */
public record DemoOptions(int year, int minRecords, long seed, String fonds, String stationName) {

    public static DemoOptions forYear(int year) {
        return new DemoOptions(year, 300, 20250101L, "JN01", "金牛区示范街道社会工作服务站");
    }

    public DemoOptions withMinRecords(int n) {
        return new DemoOptions(year, n, seed, fonds, stationName);
    }
}
