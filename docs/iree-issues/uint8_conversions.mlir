module {
  func.func @main(%arg0: !torch.vtensor<[3],f32>) -> !torch.vtensor<[],si64> attributes {torch.assume_strict_symbolic_shapes} {
    %none = torch.constant.none
    %none_0 = torch.constant.none
    %int6 = torch.constant.int 6
    %cpu = torch.constant.device "cpu"
    %int0 = torch.constant.int 0
    torch.aten._assert_tensor_metadata %arg0, %none, %none_0, %int6, %cpu, %int0 : !torch.vtensor<[3],f32>, !torch.none, !torch.none, !torch.int, !torch.Device, !torch.int
    %int0_1 = torch.constant.int 0
    %none_2 = torch.constant.none
    %none_3 = torch.constant.none
    %none_4 = torch.constant.none
    %false = torch.constant.bool false
    %none_5 = torch.constant.none
    %0 = torch.aten._to_copy %arg0, %int0_1, %none_2, %none_3, %none_4, %false, %none_5 : !torch.vtensor<[3],f32>, !torch.int, !torch.none, !torch.none, !torch.none, !torch.bool, !torch.none -> !torch.vtensor<[3],ui8>
    %1 = torch.prim.ListConstruct  : () -> !torch.list<int>
    %false_6 = torch.constant.bool false
    %none_7 = torch.constant.none
    %2 = torch.aten.sum.dim_IntList %0, %1, %false_6, %none_7 : !torch.vtensor<[3],ui8>, !torch.list<int>, !torch.bool, !torch.none -> !torch.vtensor<[],si64>
    return %2 : !torch.vtensor<[],si64>
  }
}
