module {
  func.func @main(%arg0: !torch.vtensor<[2,64],bf16>, %arg1: !torch.vtensor<[2,64],bf16>) -> (!torch.vtensor<[2],bf16>, !torch.vtensor<[2,64],f32>) attributes {torch.assume_strict_symbolic_shapes} {
    %0 = torch.aten.mul.Tensor %arg0, %arg1 : !torch.vtensor<[2,64],bf16>, !torch.vtensor<[2,64],bf16> -> !torch.vtensor<[2,64],bf16>
    %float1.000000e00 = torch.constant.float 1.000000e+00
    %int1 = torch.constant.int 1
    %1 = torch.aten.add.Scalar %0, %float1.000000e00, %int1 : !torch.vtensor<[2,64],bf16>, !torch.float, !torch.int -> !torch.vtensor<[2,64],bf16>
    %str = torch.constant.str "none"
    %2 = torch.aten.gelu %1, %str : !torch.vtensor<[2,64],bf16>, !torch.str -> !torch.vtensor<[2,64],bf16>
    %int-1 = torch.constant.int -1
    %3 = torch.prim.ListConstruct %int-1 : (!torch.int) -> !torch.list<int>
    %false = torch.constant.bool false
    %none = torch.constant.none
    %4 = torch.aten.sum.dim_IntList %2, %3, %false, %none : !torch.vtensor<[2,64],bf16>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[2],bf16>
    %none_0 = torch.constant.none
    %none_1 = torch.constant.none
    %int15 = torch.constant.int 15
    %cpu = torch.constant.device "cpu"
    %int0 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %2, %none_0, %none_1, %int15, %cpu, %int0 : !torch.vtensor<[2,64],bf16>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int6 = torch.constant.int 6
    %none_2 = torch.constant.none
    %none_3 = torch.constant.none
    %none_4 = torch.constant.none
    %false_5 = torch.constant.bool false
    %none_6 = torch.constant.none
    %5 = torch.aten._to_copy %2, %int6, %none_2, %none_3, %none_4, %false_5, %none_6 : !torch.vtensor<[2,64],bf16>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[2,64],f32>
    %int-1_7 = torch.constant.int -1
    %false_8 = torch.constant.bool false
    %6 = torch.aten._softmax %5, %int-1_7, %false_8 : !torch.vtensor<[2,64],f32>, !torch.int, !torch.bool -> !torch.vtensor<[2,64],f32>
    return %4, %6 : !torch.vtensor<[2],bf16>, !torch.vtensor<[2,64],f32>
  }
}
