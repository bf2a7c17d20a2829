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
    const double nan = std::nan("");
    const fs::path path = write("m.npy", npy(1, dict("<f8", "False", "(2, 3)"),
                                             raw<double>({1.5, 2, nan, -INFINITY, 0, 7})));
    const auto matrix = readScoreMatrix(path);
    ASSERT_TRUE(matrix.ok()) << matrix.error();
    EXPECT_EQ(matrix->rows, 2U);
    EXPECT_EQ(matrix->cols, 3U);
    EXPECT_EQ(matrix->values[0], 1.5);
    EXPECT_TRUE(std::isnan(matrix->values[2]));
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
    const auto comma = readScoreMatrix(write("c.csv", "# scores\n1, 2.5,3\r\n\n4,nan,-inf\n"));
    ASSERT_TRUE(comma.ok()) << comma.error();
    EXPECT_EQ(comma->rows, 2U);
    EXPECT_EQ(comma->cols, 3U);
    EXPECT_EQ(comma->values[1], 2.5);
    EXPECT_TRUE(std::isnan(comma->values[4]));
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
