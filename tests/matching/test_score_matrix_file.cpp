#include "binome/exchange/ScoreMatrixFile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

using namespace binome::exchange;
namespace fs = std::filesystem;

namespace {

class MatrixFile : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir =
            fs::temp_directory_path() / ("binome-matrix-" + std::to_string(std::random_device{}()));
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }

    fs::path write(const std::string& name, const std::string& bytes) {
        const fs::path path = m_dir / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

    /// A .npy file as numpy.save writes it: magic, version, header length, padded dict.
    static std::string npy(int major, std::string dict, const std::string& data) {
        std::string bytes = "\x93NUMPY";
        bytes += static_cast<char>(major);
        bytes += '\0';
        const std::size_t lengthBytes = major == 1 ? 2 : 4;
        const std::size_t unpadded = bytes.size() + lengthBytes + dict.size() + 1;
        dict += std::string((64 - unpadded % 64) % 64, ' ') + '\n';
        for (std::size_t i = 0; i < lengthBytes; ++i)
            bytes += static_cast<char>((dict.size() >> (8 * i)) & 0xFF);
        return bytes + dict + data;
    }
    template <class T> static std::string raw(std::initializer_list<T> values) {
        std::string bytes;
        for (T value : values) {
            char buffer[sizeof(T)];
            std::memcpy(buffer, &value, sizeof(T));
            bytes.append(buffer, sizeof(T));
        }
        return bytes;
    }
    static std::string dict(const std::string& descr, const std::string& fortran,
                            const std::string& shape) {
        return "{'descr': '" + descr + "', 'fortran_order': " + fortran + ", 'shape': " + shape +
               ", }";
    }

    fs::path m_dir;
};

} // namespace

TEST_F(MatrixFile, ReadsFloat64NpyVersion1) {
    const fs::path path = write("m.npy", npy(1, dict("<f8", "False", "(2, 3)"),
                                             raw<double>({1.5, 2, -INFINITY, -INFINITY, 0, 7})));
    const auto matrix = readScoreMatrix(path);
    ASSERT_TRUE(matrix.ok()) << matrix.error();
    EXPECT_EQ(matrix->rows, 2U);
    EXPECT_EQ(matrix->cols, 3U);
    EXPECT_EQ(matrix->values[0], 1.5);
    EXPECT_EQ(matrix->values[2], -INFINITY);
    EXPECT_EQ(matrix->values[3], -INFINITY);
    EXPECT_EQ(matrix->values[5], 7);
}

TEST_F(MatrixFile, ReadsFloat32NpyVersions2And3) {
    for (int major : {2, 3}) {
        const fs::path path =
            write("f.npy", npy(major, dict("<f4", "False", "(3, 1)"), raw<float>({0.25F, 2, 3})));
        const auto matrix = readNpyMatrix(path);
        ASSERT_TRUE(matrix.ok()) << matrix.error();
        EXPECT_EQ(matrix->rows, 3U);
        EXPECT_EQ(matrix->cols, 1U);
        EXPECT_EQ(matrix->values, (std::vector<double>{0.25, 2, 3}));
    }
}

TEST_F(MatrixFile, RefusesBadNpyWithTheFileName) {
    struct Case {
        std::string name, bytes, message;
    };
    const std::string six = raw<double>({1, 2, 3, 4, 5, 6});
    const std::vector<Case> cases = {
        {"fortran.npy", npy(1, dict("<f8", "True", "(2, 3)"), six), "Fortran order"},
        {"int.npy", npy(1, dict("<i8", "False", "(2, 3)"), six), "dtype <i8"},
        {"bigendian.npy", npy(1, dict(">f8", "False", "(2, 3)"), six), "dtype >f8"},
        {"vector.npy", npy(1, dict("<f8", "False", "(6,)"), six), "1 dimensions"},
        {"cube.npy", npy(1, dict("<f8", "False", "(1, 2, 3)"), six), "3 dimensions"},
        {"short.npy", npy(1, dict("<f8", "False", "(3, 3)"), six), "truncated: 6 of 9"},
        {"long.npy", npy(1, dict("<f8", "False", "(1, 3)"), six), "unexpected bytes"},
        {"version.npy", npy(4, dict("<f8", "False", "(2, 3)"), six), "version 4.0"},
        {"magic.npy", "\x93NUMPX" + six, "not a NumPy"},
    };
    for (const Case& c : cases) {
        const auto matrix = readNpyMatrix(write(c.name, c.bytes));
        ASSERT_FALSE(matrix.ok()) << c.name;
        EXPECT_NE(matrix.error().find(c.message), std::string::npos) << matrix.error();
        EXPECT_NE(matrix.error().find(c.name), std::string::npos) << matrix.error();
    }
    EXPECT_NE(readScoreMatrix(m_dir / "missing.npy").error().find("cannot open"),
              std::string::npos);
}

TEST_F(MatrixFile, ReadsCsvWithEachSeparator) {
    const auto comma = readScoreMatrix(write("c.csv", "# scores\n1, 2.5,3\r\n\n4,-inf,-inf\n"));
    ASSERT_TRUE(comma.ok()) << comma.error();
    EXPECT_EQ(comma->rows, 2U);
    EXPECT_EQ(comma->cols, 3U);
    EXPECT_EQ(comma->values[1], 2.5);
    EXPECT_EQ(comma->values[4], -INFINITY);
    EXPECT_EQ(comma->values[5], -INFINITY);

    const auto semicolon = readCsvMatrix(write("s.csv", "0,5;1;+2\n3;4e1;-0,25\n"));
    ASSERT_TRUE(semicolon.ok()) << semicolon.error();
    EXPECT_EQ(semicolon->values, (std::vector<double>{0.5, 1, 2, 3, 40, -0.25}));

    const auto blanks = readCsvMatrix(write("w.txt", "  1\t2   3\n4 5 6  \n"));
    ASSERT_TRUE(blanks.ok()) << blanks.error();
    EXPECT_EQ(blanks->values, (std::vector<double>{1, 2, 3, 4, 5, 6}));
}

TEST_F(MatrixFile, CsvErrorsNameLineAndColumn) {
    const fs::path bad = write("bad.csv", "1,2,3\n4,abc,6\n");
    EXPECT_EQ(readCsvMatrix(bad).error(), bad.string() + ":2:3: 'abc' is not a number");
    const fs::path ragged = write("ragged.csv", "1,2,3\n4,5,6\n7,8\n");
    EXPECT_EQ(readCsvMatrix(ragged).error(),
              ragged.string() + ":3: 2 values, expected 3 as on line 1");
    const fs::path empty = write("empty.csv", "1,,3\n");
    EXPECT_EQ(readCsvMatrix(empty).error(), empty.string() + ":1:3: empty cell");
    const fs::path header = write("header.csv", "alice,bob\n1,2\n");
    EXPECT_EQ(readCsvMatrix(header).error(), header.string() + ":1:1: 'alice' is not a number");
}

// Issue #9, defect 4: the header's shape is a claim, checked against the file's size before
// anything is allocated (this file used to allocate 80 GB, or abort with bad_alloc).
TEST_F(MatrixFile, HugeShapeInATinyFileIsRefusedBeforeAllocating) {
    const std::string tiny = npy(1, dict("<f8", "False", "(100000, 100000)"), "");
    ASSERT_EQ(tiny.size(), 128U);
    const fs::path path = write("tiny.npy", tiny);
    const auto matrix = readNpyMatrix(path);
    ASSERT_FALSE(matrix.ok());
    EXPECT_EQ(matrix.error(), path.string() + ": the data is truncated: 0 of 10000000000 values "
                                              "(100000 x 100000)");

    const fs::path floats =
        write("floats.npy", npy(3, dict("<f4", "False", "(70000, 70000)"), raw<float>({1, 2, 3})));
    EXPECT_NE(readNpyMatrix(floats).error().find("truncated: 3 of 4900000000 values"),
              std::string::npos)
        << readNpyMatrix(floats).error();

    // rows x cols x 8 beyond what a size_t holds.
    const fs::path overflow =
        write("overflow.npy", npy(1, dict("<f8", "False", "(4294967296, 4294967296)"), ""));
    EXPECT_EQ(readNpyMatrix(overflow).error(),
              overflow.string() + ": the shape 4294967296 x 4294967296 is too large");
}

TEST_F(MatrixFile, NanAndPlusInfinityAreRefusedWithTheirRowAndColumn) {
    const double nan = std::nan("");
    const fs::path withNan =
        write("nan.npy", npy(1, dict("<f8", "False", "(2, 3)"), raw<double>({1, 2, 3, 4, 5, nan})));
    EXPECT_EQ(readScoreMatrix(withNan).error(),
              withNan.string() +
                  ": row 1, column 2: nan is not a score (write -inf to forbid a pair)");
    const fs::path withInf =
        write("inf.npy", npy(2, dict("<f4", "False", "(2, 2)"), raw<float>({1, INFINITY, 3, 4})));
    EXPECT_EQ(readScoreMatrix(withInf).error(),
              withInf.string() +
                  ": row 0, column 1: +inf is not a score (write -inf to forbid a pair)");

    const fs::path csvNan = write("nan.csv", "1,2\n# two rows\n3,nan\n");
    EXPECT_EQ(readCsvMatrix(csvNan).error(),
              csvNan.string() +
                  ":3:3: row 1, column 1: nan is not a score (write -inf to forbid a pair)");
    const fs::path csvInf = write("inf.csv", "1;+inf\n");
    EXPECT_EQ(readCsvMatrix(csvInf).error(),
              csvInf.string() +
                  ":1:3: row 0, column 1: +inf is not a score (write -inf to forbid a pair)");
    EXPECT_TRUE(readCsvMatrix(write("minus.csv", "1 -inf\n")).ok());
}
