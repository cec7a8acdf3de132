# kiln gpu: the GL tests share a header the generic test rule does not know.
$(BUILD)/tests/test_gpu $(BUILD)/tests/test_gpu_ring: tests/gl/test_gpu_common.h
